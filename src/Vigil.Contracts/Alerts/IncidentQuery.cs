namespace Vigil.Contracts.Alerts;

/// <summary>Filters and one page of the incident log. Every filter is optional; all given must match.</summary>
[GenerateSerializer, Immutable, Alias("vigil.incident-query")]
public sealed record IncidentQuery
{
    /// <summary>Machine type, e.g. "reconnaissance" (see <see cref="IncidentTypes"/>).</summary>
    [Id(0)] public string? Type { get; init; }
    /// <summary>Only incidents that involve this device.</summary>
    [Id(1)] public string? Device { get; init; }
    /// <summary>Only incidents active at or after this capture time (ns): their end is not earlier.</summary>
    [Id(2)] public long? SinceNs { get; init; }
    [Id(3)] public double? MinScore { get; init; }
    /// <summary>Only acknowledged (true) or only open (false) incidents.</summary>
    [Id(4)] public bool? Acknowledged { get; init; }
    [Id(5)] public int Offset { get; init; }
    [Id(6)] public int Limit { get; init; } = 100;
    /// <summary>Most recent activity first instead of most significant first.</summary>
    [Id(7)] public bool Recent { get; init; }
}
