namespace Vigil.Grains.Directory;

/// <summary>One device's directory entry; small on purpose, the device grain holds the rest.</summary>
[GenerateSerializer, Alias("vigil.directory-device")]
public sealed class DirectoryDevice
{
    public const int MaxVlans = 8;
    public const int MaxServices = 32;

    [Id(0)] public string Subnet { get; set; } = "";
    [Id(1)] public long FirstSeenNs { get; set; } = long.MaxValue;
    [Id(2)] public long LastSeenNs { get; set; }
    [Id(3)] public List<int> Vlans { get; set; } = [];
    [Id(4)] public List<string> Services { get; set; } = [];
    [Id(5)] public string? Zone { get; set; }
    [Id(6)] public string? ZoneEvidence { get; set; }
    [Id(7)] public string? ZoneName { get; set; }
    [Id(8)] public string? Role { get; set; }
}
