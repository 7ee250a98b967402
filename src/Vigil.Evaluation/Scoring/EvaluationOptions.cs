namespace Vigil.Evaluation.Scoring;

/// <summary>How alerts are matched to labelled steps.</summary>
public sealed record EvaluationOptions
{
    /// <summary>The grace after a step's end within which an alert still counts for it: five minutes.</summary>
    public static TimeSpan DefaultGrace { get; } = TimeSpan.FromMinutes(5);

    /// <summary>An alert counts for a step when its time lies in [start, end + grace].</summary>
    public TimeSpan Grace { get; init; } = DefaultGrace;

    /// <summary>
    /// Models whose alerts name a step's target rather than its attacker, so an alert on a target detects the step.
    /// Empty by default: BRIEF.md makes every alert's device the one that acted.
    /// </summary>
    public IReadOnlySet<string> TargetModels { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
