namespace Vigil.Contracts.Alerts;

/// <summary>A stored alert: its sequence id (increasing, never reused), the alert, and its acknowledgement if any.</summary>
[GenerateSerializer, Immutable, Alias("vigil.alert-record")]
public sealed record AlertRecord
{
    [Id(0)] public long Id { get; init; }
    [Id(1)] public required Alert Alert { get; init; }
    [Id(2)] public AlertAcknowledgement? Acknowledgement { get; init; }
}
