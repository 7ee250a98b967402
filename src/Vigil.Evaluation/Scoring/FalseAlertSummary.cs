using Vigil.Evaluation.Inputs;

namespace Vigil.Evaluation.Scoring;

/// <summary>Alerts after learning that no labelled step explains, and their rate per device-day.</summary>
/// <param name="Count">Number of false alerts.</param>
/// <param name="Devices">Labelled devices.</param>
/// <param name="DeviceDays">Devices × days between the end of learning and the end of the capture.</param>
/// <param name="PerDeviceDay">Count / device-days; null when there are no device-days to divide by.</param>
/// <param name="ByModel">Count per model, most frequent first.</param>
/// <param name="Alerts">The false alerts themselves, in time order.</param>
public sealed record FalseAlertSummary(
    int Count,
    int Devices,
    double DeviceDays,
    double? PerDeviceDay,
    IReadOnlyDictionary<string, int> ByModel,
    IReadOnlyList<ObservedAlert> Alerts)
{
    /// <summary>
    /// False alerts raised on the acting device of a labelled benign-noise step within its window, per step name
    /// (occurrences of one kind of noise, such as every night's backup, add up), most frequent first.
    /// </summary>
    public IReadOnlyDictionary<string, int> OnBenignNoise { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);
}
