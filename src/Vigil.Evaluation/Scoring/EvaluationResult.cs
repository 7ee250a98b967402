namespace Vigil.Evaluation.Scoring;

/// <summary>How a run of the models fared against a labelled capture.</summary>
public sealed record EvaluationResult
{
    /// <summary>Scenario of the labels.</summary>
    public required string Scenario { get; init; }

    /// <summary>Seed of the labelled capture.</summary>
    public required ulong Seed { get; init; }

    /// <summary>End of learning: alerts before it are not judged.</summary>
    public required DateTimeOffset LearningEnd { get; init; }

    /// <summary>Last capture time.</summary>
    public required DateTimeOffset CaptureEnd { get; init; }

    /// <summary>Grace after each step's end.</summary>
    public required TimeSpan Grace { get; init; }

    /// <summary>Every attack step with its expected models.</summary>
    public required IReadOnlyList<AttackStepOutcome> Steps { get; init; }

    /// <summary>Recall per expected model, in order of first expectation.</summary>
    public required IReadOnlyList<ModelRecall> Recall { get; init; }

    /// <summary>Expected (step, model) detections over all attack steps.</summary>
    public int Expected => Recall.Sum(r => r.Expected);

    /// <summary>Expected detections that happened.</summary>
    public int Detected => Recall.Sum(r => r.Detected);

    /// <summary>Detected / expected over all models.</summary>
    public double OverallRecall => Expected == 0 ? 0 : (double)Detected / Expected;

    /// <summary>
    /// Median time to detect over the detected (step, expected model) pairs (the mean of the middle two for an
    /// even count); null when nothing was detected.
    /// </summary>
    public TimeSpan? MedianTimeToDetect => Median(Steps.SelectMany(s => s.Models).Where(m => m.Detected).Select(m => m.TimeToDetect!.Value).ToList());

    /// <summary>Benign changes and the alerts tolerated in them.</summary>
    public required IReadOnlyList<BenignChangeOutcome> BenignChanges { get; init; }

    /// <summary>Alerts that no labelled step explains.</summary>
    public required FalseAlertSummary FalseAlerts { get; init; }

    /// <summary>Alerts read.</summary>
    public required int Alerts { get; init; }

    /// <summary>Alerts timed before the end of learning (not judged).</summary>
    public required int AlertsDuringLearning { get; init; }

    /// <summary>Alerts on an attack step's devices within its window (whatever their model).</summary>
    public required int AlertsDuringAttacks { get; init; }

    private static TimeSpan? Median(List<TimeSpan> times)
    {
        if (times.Count == 0)
        {
            return null;
        }
        times.Sort();
        var middle = times.Count / 2;
        return times.Count % 2 == 1 ? times[middle] : (times[middle - 1] + times[middle]) / 2;
    }
}
