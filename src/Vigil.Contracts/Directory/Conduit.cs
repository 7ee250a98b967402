namespace Vigil.Contracts.Directory;

/// <summary>Accumulated traffic from one subnet into another on one service: a zone-to-zone conduit as observed.</summary>
[GenerateSerializer, Immutable, Alias("vigil.conduit")]
public sealed record Conduit
{
    [Id(0)] public required string FromSubnet { get; init; }
    [Id(1)] public required string ToSubnet { get; init; }
    [Id(2)] public required string Service { get; init; }
    [Id(3)] public long Flows { get; init; }
    [Id(4)] public long Failed { get; init; }
    [Id(5)] public long FirstNs { get; init; }
    [Id(6)] public long LastNs { get; init; }
}
