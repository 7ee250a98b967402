using Vigil.Evaluation.Inputs;

namespace Vigil.Evaluation.Tests.Fixtures;

/// <summary>
/// The hand-made labels and alerts: four devices, one day after learning, two attack steps and a benign
/// change; each alert line's summary says which case it stands for.
/// </summary>
internal static class FixtureFiles
{
    public static string Labels { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "plant.labels.json");

    public static string Alerts { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "alerts.jsonl");

    public static GroundTruth ReadLabels() => LabelsReader.Read(Labels);

    public static IReadOnlyList<ObservedAlert> ReadAlerts() => AlertsReader.Read(Alerts);
}
