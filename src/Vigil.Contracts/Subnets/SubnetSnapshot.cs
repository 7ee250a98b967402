namespace Vigil.Contracts.Subnets;

/// <summary>A read-only view of a subnet grain for the inventory and the query API.</summary>
[GenerateSerializer, Immutable, Alias("vigil.subnet-snapshot")]
public sealed record SubnetSnapshot
{
    [Id(0)] public required string Subnet { get; init; }
    [Id(1)] public required SubnetProfile Profile { get; init; }
    [Id(2)] public int Devices { get; init; }
    [Id(3)] public long FailedAttempts { get; init; }
    [Id(4)] public long Attempts { get; init; }
}
