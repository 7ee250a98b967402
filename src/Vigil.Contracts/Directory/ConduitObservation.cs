namespace Vigil.Contracts.Directory;

/// <summary>Flows seen in one step from one subnet into another on one service.</summary>
[GenerateSerializer, Immutable, Alias("vigil.conduit-observation")]
public sealed record ConduitObservation
{
    [Id(0)] public required string FromSubnet { get; init; }
    [Id(1)] public required string ToSubnet { get; init; }
    /// <summary>The responder's service, e.g. "tcp/102".</summary>
    [Id(2)] public required string Service { get; init; }
    [Id(3)] public long Flows { get; init; }
    [Id(4)] public long Failed { get; init; }
    [Id(5)] public long LastNs { get; init; }
}
