using Vigil.Simulator.Packets;

namespace Vigil.Simulator.Plant;

/// <summary>One device of the simulated estate (or an external host it talks to).</summary>
/// <param name="Name">Host name, as DNS and labels know it.</param>
/// <param name="Role">What the device does.</param>
/// <param name="Address">IP, MAC, VLAN and TTL on the wire.</param>
/// <param name="Vendor">Manufacturer implied by the MAC's OUI.</param>
public sealed record PlantDevice(string Name, DeviceRole Role, HostAddress Address, string Vendor)
{
    /// <summary>The IPv4 address as text.</summary>
    public string Ip => Address.IpText;
}
