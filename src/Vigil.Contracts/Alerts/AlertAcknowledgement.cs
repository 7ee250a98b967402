namespace Vigil.Contracts.Alerts;

/// <summary>Who acknowledged an alert, when (wall time, Unix ms) and why.</summary>
[GenerateSerializer, Immutable, Alias("vigil.alert-ack")]
public sealed record AlertAcknowledgement
{
    [Id(0)] public required string By { get; init; }
    [Id(1)] public long AtUnixMs { get; init; }
    [Id(2)] public string? Comment { get; init; }
}
