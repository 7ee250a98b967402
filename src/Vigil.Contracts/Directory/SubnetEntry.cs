namespace Vigil.Contracts.Directory;

/// <summary>A subnet as the directory knows it.</summary>
[GenerateSerializer, Immutable, Alias("vigil.subnet-entry")]
public sealed record SubnetEntry
{
    [Id(0)] public required string Subnet { get; init; }
    [Id(1)] public int Devices { get; init; }
    [Id(2)] public long FirstSeenNs { get; init; }
    [Id(3)] public long LastSeenNs { get; init; }
}
