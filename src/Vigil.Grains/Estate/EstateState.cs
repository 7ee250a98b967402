namespace Vigil.Grains.Estate;

/// <summary>What the estate grain keeps, each collection bounded.</summary>
[GenerateSerializer, Alias("vigil.estate-state")]
public sealed class EstateState
{
    public const int MaxExternalEndpoints = 16_384;
    public const int MaxEstablished = 100_000;
    public const int MaxIcsSubnets = 4096;

    /// <summary>External endpoint → devices that contacted it.</summary>
    [Id(0)] public Dictionary<string, int> ExternalReach { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Devices seen before learning ended.</summary>
    [Id(1)] public HashSet<string> Established { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Subnet → ICS services that its established devices serve.</summary>
    [Id(2)] public Dictionary<string, SortedSet<string>> IcsSubnets { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Endpoints not tracked because the map was full.</summary>
    [Id(3)] public long UntrackedEndpoints { get; set; }
}
