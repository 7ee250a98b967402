namespace Vigil.Simulator.Labels;

/// <summary>Ground truth about one internal device.</summary>
/// <param name="Ip">IPv4 address.</param>
/// <param name="Mac">MAC address, lower-case colon form.</param>
/// <param name="Vlan">802.1Q VLAN id.</param>
/// <param name="Role">Role in snake_case (e.g. "s7_plc").</param>
/// <param name="Name">Host name.</param>
/// <param name="Vendor">Vendor implied by the OUI.</param>
/// <param name="IsNew">True when the device first appears after the learning period.</param>
public sealed record DeviceLabel(string Ip, string Mac, int Vlan, string Role, string Name, string Vendor, bool IsNew);
