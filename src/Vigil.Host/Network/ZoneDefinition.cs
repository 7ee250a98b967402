namespace Vigil.Host.Network;

/// <summary>A configured zone: a name, a role ("it", "ics", "dmz") and the address blocks it covers.</summary>
public sealed record ZoneDefinition(string Name, string Role, IReadOnlyList<Cidr> Blocks);
