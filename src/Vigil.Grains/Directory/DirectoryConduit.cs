namespace Vigil.Grains.Directory;

/// <summary>Accumulated counts of one subnet-to-subnet conduit.</summary>
[GenerateSerializer, Alias("vigil.directory-conduit")]
public sealed class DirectoryConduit
{
    [Id(0)] public string From { get; set; } = "";
    [Id(1)] public string To { get; set; } = "";
    [Id(2)] public string Service { get; set; } = "";
    [Id(3)] public long Flows { get; set; }
    [Id(4)] public long Failed { get; set; }
    [Id(5)] public long FirstNs { get; set; } = long.MaxValue;
    [Id(6)] public long LastNs { get; set; }
    [Id(7)] public string? FromZone { get; set; }
    [Id(8)] public string? ToZone { get; set; }
    /// <summary>Device pairs "orig>resp", at most <see cref="MaxPairs"/>.</summary>
    [Id(9)] public List<string> Pairs { get; set; } = [];
    [Id(10)] public string? FromRole { get; set; }
    [Id(11)] public string? ToRole { get; set; }

    public const int MaxPairs = 32;
}
