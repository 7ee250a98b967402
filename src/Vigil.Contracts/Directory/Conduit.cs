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
    /// <summary>The zone of each side: a configured zone's name, else its role ("it", "ics").</summary>
    [Id(7)] public string? FromZone { get; init; }
    [Id(8)] public string? ToZone { get; init; }
    /// <summary>Device pairs seen on the conduit, as "orig>resp" (bounded).</summary>
    [Id(9)] public IReadOnlyList<string> Pairs { get; init; } = [];
    /// <summary>First seen before learning ended: part of the baseline, not new.</summary>
    [Id(10)] public bool InBaseline { get; init; }
    /// <summary>The zone role of each side ("it", "ics", "dmz").</summary>
    [Id(11)] public string? FromRole { get; init; }
    [Id(12)] public string? ToRole { get; init; }
}
