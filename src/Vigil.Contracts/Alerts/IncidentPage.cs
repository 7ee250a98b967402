namespace Vigil.Contracts.Alerts;

/// <summary>One page of incidents and how many matched in all.</summary>
[GenerateSerializer, Immutable, Alias("vigil.incident-page")]
public sealed record IncidentPage
{
    [Id(0)] public int Total { get; init; }
    [Id(1)] public IReadOnlyList<IncidentRecord> Items { get; init; } = [];
}
