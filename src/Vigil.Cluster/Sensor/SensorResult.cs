using Vigil.Contracts.Alerts;

namespace Vigil.Cluster.Sensor;

/// <summary>What one sensor run read, delivered, raised and dropped.</summary>
public sealed record SensorResult
{
    public long Packets { get; init; }
    public long FlowEvents { get; init; }
    public long StepsDelivered { get; init; }
    public long EventsDelivered { get; init; }
    public int Devices { get; init; }
    public IReadOnlyList<Alert> Alerts { get; init; } = [];
    public long DroppedSteps { get; init; }
    public long DroppedEvents { get; init; }
    /// <summary>Times a step had to be sent again because the cluster did not answer.</summary>
    public long Retries { get; init; }
    public TimeSpan Elapsed { get; init; }
}
