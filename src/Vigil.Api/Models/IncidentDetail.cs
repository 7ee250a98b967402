namespace Vigil.Api.Models;

/// <summary>One incident: its story, the timeline of its alerts, the devices involved with their identity, and analysts' notes.</summary>
public sealed record IncidentDetail
{
    public required IncidentSummary Incident { get; init; }
    /// <summary>The alerts in time order.</summary>
    public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];
    public IReadOnlyList<IncidentDevice> Devices { get; init; } = [];
    public IReadOnlyList<CommentEntry> Comments { get; init; } = [];
    /// <summary>Ids of incidents found to be part of this one.</summary>
    public IReadOnlyList<string> Merged { get; init; } = [];
}
