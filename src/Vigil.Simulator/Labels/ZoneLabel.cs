namespace Vigil.Simulator.Labels;

/// <summary>Ground truth about one network zone, as an analyst would configure it.</summary>
/// <param name="Name">Zone name ("Computing", "Industrial").</param>
/// <param name="Role">"it" or "ics".</param>
/// <param name="Vlan">802.1Q VLAN id.</param>
/// <param name="Subnet">CIDR, e.g. "10.20.7.0/24".</param>
public sealed record ZoneLabel(string Name, string Role, int Vlan, string Subnet);
