namespace Vigil.Contracts.Alerts;

/// <summary>One page of alerts, how many matched in all, and the newest id in the log.</summary>
[GenerateSerializer, Immutable, Alias("vigil.alert-page")]
public sealed record AlertPage
{
    [Id(0)] public int Total { get; init; }
    [Id(1)] public IReadOnlyList<AlertRecord> Items { get; init; } = [];
    [Id(2)] public long LastId { get; init; }
}
