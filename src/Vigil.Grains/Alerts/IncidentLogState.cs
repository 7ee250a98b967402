using Vigil.Contracts.Alerts;

namespace Vigil.Grains.Alerts;

/// <summary>The persisted incident log: records in order of first appearance, the id of every key, and where absorbed ids went.</summary>
[GenerateSerializer, Alias("vigil.incident-log-state")]
public sealed class IncidentLogState
{
    [Id(0)] public List<IncidentRecord> Records { get; set; } = [];
    /// <summary>Correlation key → id, for the records held and the keys they absorbed.</summary>
    [Id(1)] public Dictionary<string, string> Ids { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Absorbed id → the id of the incident it became part of.</summary>
    [Id(2)] public Dictionary<string, string> MergedInto { get; set; } = new(StringComparer.Ordinal);
    [Id(3)] public int LastNumber { get; set; }
}
