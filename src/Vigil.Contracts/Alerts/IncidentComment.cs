namespace Vigil.Contracts.Alerts;

/// <summary>An analyst's note on an incident: who, when (wall time, Unix ms) and what.</summary>
[GenerateSerializer, Immutable, Alias("vigil.incident-comment")]
public sealed record IncidentComment
{
    [Id(0)] public required string By { get; init; }
    [Id(1)] public long AtUnixMs { get; init; }
    [Id(2)] public required string Text { get; init; }
}
