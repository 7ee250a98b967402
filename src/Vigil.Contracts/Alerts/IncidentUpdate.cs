namespace Vigil.Contracts.Alerts;

/// <summary>
/// What the ingest learnt about one incident in a step: the story as the correlator tells it now, under
/// a key that stays the same while the incident grows, and the keys of earlier incidents it absorbed
/// (an alert that links two stories joins them).
/// </summary>
[GenerateSerializer, Immutable, Alias("vigil.incident-update")]
public sealed record IncidentUpdate
{
    /// <summary>Identifies the incident by its first alert ("time|device|model"), so it survives a restarted sensor.</summary>
    [Id(0)] public required string Key { get; init; }
    /// <summary>The story; its <see cref="Incident.Id"/> is replaced by the log's id.</summary>
    [Id(1)] public required Incident Incident { get; init; }
    [Id(2)] public IReadOnlyList<string> MergedKeys { get; init; } = [];
}
