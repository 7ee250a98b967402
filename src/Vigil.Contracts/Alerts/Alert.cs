namespace Vigil.Contracts.Alerts;

/// <summary>
/// A model breach: one catalog model, the device that acted, the capture time, a score in [0,1]
/// and the evidence that lets an analyst see why it fired.
/// </summary>
[GenerateSerializer, Immutable, Alias("vigil.alert")]
public sealed record Alert
{
    /// <summary>Capture time of the observation that made the model fire, ns since the Unix epoch.</summary>
    [Id(0)] public long TimeNs { get; init; }
    /// <summary>The device that acted, by IP.</summary>
    [Id(1)] public required string Device { get; init; }
    /// <summary>The exact catalog model name (see <see cref="ModelNames"/>).</summary>
    [Id(2)] public required string Model { get; init; }
    /// <summary>Statistical significance of the deviation in [0,1] (see SignificanceScore).</summary>
    [Id(3)] public double Score { get; init; }
    [Id(4)] public required string Summary { get; init; }
    /// <summary>The evidence as a JSON object, written with a fixed key order so output is reproducible.</summary>
    [Id(5)] public required string EvidenceJson { get; init; }
    /// <summary>Other devices or endpoints the behaviour touched (targets, servers), for incident correlation.</summary>
    [Id(6)] public IReadOnlyList<string> Peers { get; init; } = [];
    /// <summary>Capture time of the last observation of the episode so far; 0 while it is one moment.</summary>
    [Id(7)] public long EndNs { get; init; }
    /// <summary>
    /// True when this alert updates the open alert of the same device and model (an ongoing scan's
    /// new end and counts, a new device's new evidence) instead of being a new breach. An update keeps
    /// the alert's <see cref="TimeNs"/>, which names the breach, and says when it happened in <see cref="EndNs"/>.
    /// </summary>
    [Id(8)] public bool IsUpdate { get; init; }
    /// <summary>The incident the alert belongs to, set when alerts are correlated.</summary>
    [Id(9)] public string? Incident { get; init; }
    /// <summary>
    /// Capture times of the observations that updated this alert after it was raised (each update's
    /// <see cref="EndNs"/>), oldest first: when the analyst was told more. Set when updates are folded
    /// into their alert; an update itself carries its time in <see cref="EndNs"/>.
    /// </summary>
    [Id(10)] public IReadOnlyList<long> UpdatesNs { get; init; } = [];
}
