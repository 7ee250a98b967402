using Vigil.Contracts.Alerts;

namespace Vigil.Grains.Alerts;

/// <summary>The persisted alert log: records oldest first, and the next id to give.</summary>
[GenerateSerializer, Alias("vigil.alert-log-state")]
public sealed class AlertLogState
{
    [Id(0)] public List<AlertRecord> Records { get; set; } = [];
    [Id(1)] public long LastId { get; set; }
}
