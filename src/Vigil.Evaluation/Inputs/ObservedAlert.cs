namespace Vigil.Evaluation.Inputs;

/// <summary>One line of alerts.jsonl, as far as scoring needs it.</summary>
/// <param name="Time">Capture time of the alert.</param>
/// <param name="Device">The device that acted.</param>
/// <param name="Model">Catalog model name.</param>
/// <param name="Score">Significance in [0, 1].</param>
/// <param name="Summary">The alert's sentence, empty when absent.</param>
public sealed record ObservedAlert(DateTimeOffset Time, string Device, string Model, double Score, string Summary);
