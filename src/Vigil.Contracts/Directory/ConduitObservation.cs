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
    /// <summary>The zone of each side: a configured zone's name, else its role ("it", "ics").</summary>
    [Id(6)] public string? FromZone { get; init; }
    [Id(7)] public string? ToZone { get; init; }
    /// <summary>Device pairs that used the conduit in the step, as "orig>resp".</summary>
    [Id(8)] public IReadOnlyList<string> Pairs { get; init; } = [];
    /// <summary>Earliest flow start in the step.</summary>
    [Id(9)] public long FirstNs { get; init; }
    /// <summary>The zone role of each side ("it", "ics", "dmz").</summary>
    [Id(10)] public string? FromRole { get; init; }
    [Id(11)] public string? ToRole { get; init; }
}
