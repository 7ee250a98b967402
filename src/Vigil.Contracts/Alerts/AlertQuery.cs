namespace Vigil.Contracts.Alerts;

/// <summary>Filters and one page of the alert log. Every filter is optional; all given must match.</summary>
[GenerateSerializer, Immutable, Alias("vigil.alert-query")]
public sealed record AlertQuery
{
    [Id(0)] public string? Model { get; init; }
    [Id(1)] public string? Device { get; init; }
    /// <summary>Only alerts at or after this capture time (ns).</summary>
    [Id(2)] public long? SinceNs { get; init; }
    /// <summary>Only alerts with a larger id: how a reader follows the log.</summary>
    [Id(3)] public long? AfterId { get; init; }
    [Id(4)] public int Offset { get; init; }
    [Id(5)] public int Limit { get; init; } = 100;
    /// <summary>Newest first (the analyst's view) or oldest first (a follower's).</summary>
    [Id(6)] public bool NewestFirst { get; init; } = true;
}
