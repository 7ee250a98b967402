using Vigil.Evaluation.Inputs;

namespace Vigil.Evaluation.Scoring;

/// <summary>
/// Scores alerts against labels. A (step, model) pair is detected by an alert of that model on the step's
/// attacker (or a target, for <see cref="EvaluationOptions.TargetModels"/>) raised or updated within
/// [start, end + grace]: an alert that follows a device (one per model per episode) tells the analyst
/// about a later step by its update. Each alert line is one alert, counted once by its first time (an
/// update is not another alert, so it is never a false one).
/// Every judged alert (at or after the end of learning) falls in exactly one bucket, checked in this order:
/// during an attack (on a device of an attack step within its window, whatever its model), tolerated (the
/// same for a benign change), or false. An alert on an uninvolved device is false even mid-attack: the
/// models are meant to name the device that acted. Labelled benign noise (recurring behaviour such as an
/// offline printer or a scheduled scan) is never tolerated: a false alert on a noise step's acting device
/// within its window is only attributed to that step, so the report says which noise the models took for an attack.
/// </summary>
public static class Evaluator
{
    /// <summary>Scores <paramref name="alerts"/> against <paramref name="truth"/>.</summary>
    public static EvaluationResult Evaluate(GroundTruth truth, IReadOnlyList<ObservedAlert> alerts, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(alerts);
        options ??= new EvaluationOptions();
        var judged = alerts.Where(a => a.Time >= truth.LearningEnd).OrderBy(a => a.Time).ToList();
        var attacks = truth.Steps.Where(s => s.IsAttack).ToList();
        var benign = truth.Steps.Where(s => s.IsBenignChange).ToList();
        var noise = truth.Steps.Where(s => s.IsBenignNoise).ToList();

        var steps = attacks.Select(step => Judge(step, judged, options)).ToList();
        var recall = steps.SelectMany(s => s.Models)
            .GroupBy(m => m.Model, StringComparer.Ordinal)
            .Select(g => new ModelRecall(g.Key, g.Count(), g.Count(m => m.Detected)))
            .ToList();

        var duringAttacks = 0;
        var tolerated = benign.ToDictionary(s => s, _ => new List<ObservedAlert>());
        var falseAlerts = new List<ObservedAlert>();
        foreach (var alert in judged)
        {
            if (attacks.Any(s => Explains(s, alert, options.Grace)))
            {
                duringAttacks++;
            }
            else if (benign.FirstOrDefault(s => Explains(s, alert, options.Grace)) is { } change)
            {
                tolerated[change].Add(alert);
            }
            else
            {
                falseAlerts.Add(alert);
            }
        }

        return new EvaluationResult
        {
            Scenario = truth.Scenario,
            Seed = truth.Seed,
            LearningEnd = truth.LearningEnd,
            CaptureEnd = truth.End,
            Grace = options.Grace,
            Steps = steps,
            Recall = recall,
            BenignChanges = benign.Select(s => new BenignChangeOutcome(s.Name, s.Start, s.End, s.Attacker, tolerated[s].Count,
                tolerated[s].Select(a => a.Model).Distinct(StringComparer.Ordinal).ToList())).ToList(),
            FalseAlerts = Summarise(falseAlerts, truth) with { OnBenignNoise = Attribute(falseAlerts, noise, options.Grace) },
            Alerts = alerts.Count,
            AlertsDuringLearning = alerts.Count - judged.Count,
            AlertsDuringAttacks = duringAttacks,
        };
    }

    /// <summary>Device-days after learning: labelled devices × days from the end of learning to the end of the capture.</summary>
    public static double DeviceDays(GroundTruth truth)
    {
        ArgumentNullException.ThrowIfNull(truth);
        return truth.Devices.Count * Math.Max(0, (truth.End - truth.LearningEnd).TotalDays);
    }

    private static AttackStepOutcome Judge(LabelledStep step, IReadOnlyList<ObservedAlert> judged, EvaluationOptions options)
    {
        var models = step.ExpectedModels.Distinct(StringComparer.Ordinal).Select(model =>
        {
            var matches = judged.Where(a => a.Model == model && IsActor(step, model, a.Device, options))
                .Select(a => (Alert: a, Moment: a.Moments.Where(t => step.Covers(t, options.Grace)).Order().FirstOrDefault()))
                .Where(m => m.Moment != default)
                .OrderBy(m => m.Moment)
                .ToList();
            return matches.Count == 0
                ? new ModelDetection(model, false, null, null, null, 0)
                : new ModelDetection(model, true, matches[0].Moment, Max(matches[0].Moment - step.Onset, TimeSpan.Zero), matches[0].Alert.Score, matches.Count);
        });
        return new AttackStepOutcome(step.Name, step.Start, step.End, step.Attacker, models.ToList());
    }

    // An alert inside the window but before the onset was raised by what came before; it still names the step's actor.
    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static bool IsActor(LabelledStep step, string model, string device, EvaluationOptions options) =>
        device == step.Attacker || (options.TargetModels.Contains(model) && step.Targets.Contains(device));

    private static bool Explains(LabelledStep step, ObservedAlert alert, TimeSpan grace) =>
        step.Covers(alert.Time, grace) && step.Involves(alert.Device);

    private static Dictionary<string, int> Attribute(IReadOnlyList<ObservedAlert> falseAlerts, IReadOnlyList<LabelledStep> noise, TimeSpan grace) =>
        // The narrowest matching window names the noise: a historian that both retries a decommissioned server all
        // capture long and sends a nightly backup is blamed on the backup for an alert during the backup.
        falseAlerts.Select(a => noise.Where(s => s.Attacker == a.Device && s.Covers(a.Time, grace)).OrderBy(s => s.End - s.Start).FirstOrDefault()?.Name)
            .OfType<string>()
            .GroupBy(name => name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static FalseAlertSummary Summarise(IReadOnlyList<ObservedAlert> alerts, GroundTruth truth)
    {
        var deviceDays = DeviceDays(truth);
        var byModel = alerts.GroupBy(a => a.Model, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new FalseAlertSummary(alerts.Count, truth.Devices.Count, deviceDays, deviceDays > 0 ? alerts.Count / deviceDays : null, byModel, alerts);
    }
}
