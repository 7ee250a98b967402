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
    [Id(3)] public double Score { get; init; }
    [Id(4)] public required string Summary { get; init; }
    /// <summary>The evidence as a JSON object, written with a fixed key order so output is reproducible.</summary>
    [Id(5)] public required string EvidenceJson { get; init; }
}
