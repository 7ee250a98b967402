namespace Vigil.Evaluation.Inputs;

/// <summary>One line of alerts.jsonl (one breach, its updates folded in), as far as scoring needs it.</summary>
/// <param name="Time">Capture time of the alert.</param>
/// <param name="Device">The device that acted.</param>
/// <param name="Model">Catalog model name.</param>
/// <param name="Score">Significance in [0, 1].</param>
/// <param name="Summary">The alert's sentence, empty when absent.</param>
public sealed record ObservedAlert(DateTimeOffset Time, string Device, string Model, double Score, string Summary)
{
    /// <summary>When the alert was updated with new evidence (the line's <c>updates</c>), oldest first.</summary>
    public IReadOnlyList<DateTimeOffset> Updates { get; init; } = [];

    /// <summary>The alert's time, then its updates: each a moment the analyst was told about the behaviour.</summary>
    public IEnumerable<DateTimeOffset> Moments => Updates.Prepend(Time);
}
