namespace Vigil.Grains.Directory;

/// <summary>The persisted form of the device directory: devices by address and conduits by key.</summary>
[GenerateSerializer, Alias("vigil.directory-state")]
public sealed class DirectoryState
{
    /// <summary>Past this many devices new ones are counted, not indexed: memory stays bounded under a flood.</summary>
    public const int MaxDevices = 500_000;
    public const int MaxConduits = 10_000;

    [Id(0)] public Dictionary<string, DirectoryDevice> Devices { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Keyed "from|to|service".</summary>
    [Id(1)] public Dictionary<string, DirectoryConduit> Conduits { get; set; } = new(StringComparer.Ordinal);
    [Id(2)] public long UnindexedSightings { get; set; }
    /// <summary>When learning ended (capture ns); 0 while unknown.</summary>
    [Id(3)] public long LearningEndNs { get; set; }
}
