namespace Vigil.Contracts.Alerts;

/// <summary>
/// A stored incident: the story as the correlator last told it (under the log's stable id), the
/// correlation key it is known by, and what analysts did with it.
/// </summary>
[GenerateSerializer, Immutable, Alias("vigil.incident-record")]
public sealed record IncidentRecord
{
    /// <summary>"INC-0001": given by the log in order of first appearance, never reused.</summary>
    [Id(0)] public required string Id { get; init; }
    /// <summary>The correlation key (see <see cref="IncidentUpdate.Key"/>).</summary>
    [Id(1)] public required string Key { get; init; }
    [Id(2)] public required Incident Incident { get; init; }
    [Id(3)] public AlertAcknowledgement? Acknowledgement { get; init; }
    /// <summary>Analysts' comments, oldest first (bounded).</summary>
    [Id(4)] public IReadOnlyList<IncidentComment> Comments { get; init; } = [];
    /// <summary>Ids of incidents that turned out to be part of this one and were folded into it.</summary>
    [Id(5)] public IReadOnlyList<string> Merged { get; init; } = [];
}
