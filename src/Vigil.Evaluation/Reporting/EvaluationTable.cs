using System.Globalization;
using System.Text;
using Vigil.Evaluation.Scoring;

namespace Vigil.Evaluation.Reporting;

/// <summary>The evaluation for a terminal: one row per (attack step, expected model), recall per model, then the alerts nobody asked for.</summary>
public static class EvaluationTable
{
    /// <summary>Renders <paramref name="result"/> as plain text lines.</summary>
    public static string Render(EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.AppendLine(Invariant($"Evaluation of {result.Scenario} (seed {result.Seed}): learning ends {Time(result.LearningEnd)}, capture ends {Time(result.CaptureEnd)}, grace {Duration(result.Grace)}"));
        text.AppendLine(Invariant($"{result.Alerts} alerts: {result.AlertsDuringLearning} during learning, {result.AlertsDuringAttacks} during attack steps, {result.BenignChanges.Sum(b => b.AlertsTolerated)} tolerated, {result.FalseAlerts.Count} false"));
        text.AppendLine("detect in: from the step's first packet to a target (its window's start when the labels have none) to the first matching alert");
        text.AppendLine();

        var stepWidth = Math.Max("step".Length, result.Steps.Select(s => s.Name.Length).DefaultIfEmpty(0).Max());
        var modelWidth = Math.Max("model".Length, result.Recall.Select(r => r.Model.Length).DefaultIfEmpty(0).Max());
        text.AppendLine(Invariant($"{"step".PadRight(stepWidth)}  {"model".PadRight(modelWidth)}  {"result",-8}  {"detect in",9}  {"score",5}  alerts"));
        foreach (var step in result.Steps)
        {
            for (var i = 0; i < step.Models.Count; i++)
            {
                var model = step.Models[i];
                var name = i == 0 ? step.Name : "";
                var row = model.Detected
                    ? Invariant($"{"detected",-8}  {Duration(model.TimeToDetect!.Value),9}  {model.Score!.Value,5:0.00}  {model.Alerts}")
                    : "missed";
                text.AppendLine(Invariant($"{name.PadRight(stepWidth)}  {model.Model.PadRight(modelWidth)}  {row}").TrimEnd());
            }
        }
        text.AppendLine();

        text.AppendLine(Invariant($"{"model".PadRight(modelWidth)}  {"caught",7}  recall"));
        foreach (var recall in result.Recall)
        {
            text.AppendLine(Invariant($"{recall.Model.PadRight(modelWidth)}  {$"{recall.Detected}/{recall.Expected}",7}  {Percent(recall.Recall),6}"));
        }
        text.AppendLine(Invariant($"{"all expected detections".PadRight(modelWidth)}  {$"{result.Detected}/{result.Expected}",7}  {Percent(result.OverallRecall),6}"));
        text.AppendLine(result.MedianTimeToDetect is { } median
            ? Invariant($"median time to detect: {Duration(median)} over {result.Detected} detections")
            : "median time to detect: - (nothing detected)");
        text.AppendLine();

        foreach (var change in result.BenignChanges)
        {
            var models = change.ModelsSeen.Count == 0 ? "" : $" ({string.Join(", ", change.ModelsSeen)})";
            text.AppendLine(Invariant($"benign change {change.Name}: {change.AlertsTolerated} alerts tolerated{models}"));
        }
        var falseAlerts = result.FalseAlerts;
        var rate = falseAlerts.PerDeviceDay is { } perDay ? Invariant($"{perDay:0.###} per device-day") : "no device-days after learning";
        text.AppendLine(Invariant($"false alerts: {falseAlerts.Count} over {falseAlerts.DeviceDays:0.##} device-days ({falseAlerts.Devices} devices) = {rate}"));
        foreach (var (model, count) in falseAlerts.ByModel)
        {
            text.AppendLine(Invariant($"  {count,5}  {model}"));
        }
        if (falseAlerts.OnBenignNoise.Count > 0)
        {
            text.AppendLine(Invariant($"false alerts on labelled benign noise: {string.Join(", ", falseAlerts.OnBenignNoise.Select(n => Invariant($"{n.Key} {n.Value}")))}"));
        }
        return text.ToString();
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A duration people read at a glance: "45s", "3m 05s", "2h 10m".</summary>
    private static string Duration(TimeSpan span) => span switch
    {
        { TotalHours: >= 1 } => Invariant($"{(int)span.TotalHours}h {span.Minutes:00}m"),
        { TotalMinutes: >= 1 } => Invariant($"{span.Minutes}m {span.Seconds:00}s"),
        _ => Invariant($"{span.TotalSeconds:0}s"),
    };

    private static string Percent(double share) => Invariant($"{share * 100:0}%");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
