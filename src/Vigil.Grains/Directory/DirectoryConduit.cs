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
}
