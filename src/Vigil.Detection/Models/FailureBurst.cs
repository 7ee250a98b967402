using Vigil.Detection.Evidence;
using Vigil.Statistics;

namespace Vigil.Detection.Models;

/// <summary>
/// The failed-attempt burst the two failed-connection models alert on: the last ten minutes' failures
/// against the device's own clipped per-minute rate (never below <see cref="FailedInternalConnectionsModel.PriorMeanPerMinute"/>),
/// as a negative binomial or Poisson tail. One alert per burst: <see cref="FailedConnectionsBaseline.EpisodeOpen"/>.
/// </summary>
/// <param name="Failures">Failures in the window, this one included.</param>
/// <param name="Expected">Failures the baseline predicts for the window.</param>
/// <param name="Surprisal">Surprisal of <paramref name="Failures"/> against the baseline.</param>
/// <param name="Score">The alert score.</param>
public sealed record FailureBurst(int Failures, double Expected, double Surprisal, double Score)
{
    /// <summary>Counts one failure at <paramref name="timeNs"/>; returns the burst when it should alert (and opens its episode), else null.</summary>
    public static FailureBurst? Judge(FailedConnectionsBaseline baseline, long timeNs, int minFailures, StepContext context)
    {
        baseline.Window[0]++;
        var failures = baseline.Window.Sum();
        if (baseline.EpisodeOpen || failures < minFailures || context.IsLearning(timeNs))
        {
            return null;
        }
        var perMinute = Math.Max(baseline.MeanPerMinute, FailedInternalConnectionsModel.PriorMeanPerMinute);
        var expected = perMinute * FailedConnectionsBaseline.WindowMinutes;
        var variance = Math.Max(baseline.VariancePerMinute, perMinute) * FailedConnectionsBaseline.WindowMinutes;
        var surprisal = CountSurprisal.Of(failures, expected, variance);
        var score = ModelAlert.Score(surprisal);
        if (score < 0.5)
        {
            return null;
        }
        baseline.EpisodeOpen = true;
        return new FailureBurst(failures, expected, surprisal, score);
    }

    /// <summary>The evidence both models cite: the burst, the baseline it was judged against, and the last failed target.</summary>
    public string Evidence(FailedConnectionsBaseline baseline, string lastTarget, string lastState) => new EvidenceBuilder()
        .Add("failed_attempts", Failures)
        .Add("window_minutes", FailedConnectionsBaseline.WindowMinutes)
        .Add("expected", Expected)
        .Add("baseline_per_minute", baseline.MeanPerMinute)
        .Add("baseline_minutes", baseline.MinutesObserved)
        .Add("surprisal", Surprisal)
        .Add("last_target", lastTarget)
        .Add("last_state", lastState)
        .Build();
}
