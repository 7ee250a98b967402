using Vigil.Contracts.Alerts;
using Vigil.Detection.Evidence;
using Vigil.Statistics;

namespace Vigil.Detection.Models;

/// <summary>
/// "Unusual Data Upload": KiB the device sent to one peer in the current ten-minute window, far
/// above what its baseline predicts for its busiest peer per window (negative binomial with the
/// baseline's EWMA mean and variance, widened to a prior while the baseline is thin). The baseline
/// learns every window, clipped, so a slow rise is absorbed and a burst is not.
/// </summary>
public static class UnusualDataUploadModel
{
    /// <summary>Less than this sent to one peer in a window never alerts (a few MiB are routine).</summary>
    public const long MinKib = 4096;

    /// <summary>What a device we know little about is assumed to send its busiest peer per window.</summary>
    public const double PriorMeanKib = 256;

    private const long WindowNs = 10 * 60_000_000_000L;
    private const double Alpha = 1.0 / 144; // about a day of windows
    private const int MaxWindowsFolded = 1000;

    public static Alert? Observe(DeviceState state, FlowView view, StepContext context)
    {
        var flow = view.Flow;
        var sent = flow.Orig == context.Device ? flow.NewOrigBytes : flow.NewRespBytes;
        var baseline = state.Upload;
        Advance(baseline, view.TimeNs / WindowNs);
        if (sent <= 0 || !baseline.PeerBytes.ContainsKey(view.Peer) && baseline.PeerBytes.Count >= UploadBaseline.MaxPeersPerWindow)
        {
            return null;
        }
        var total = baseline.PeerBytes.GetValueOrDefault(view.Peer) + sent;
        baseline.PeerBytes[view.Peer] = total;
        var kib = total / 1024;
        if (kib < MinKib || baseline.AlertedPeer is not null || context.IsLearning(view.TimeNs))
        {
            return null;
        }
        // A thin baseline is widened towards the prior: weight of evidence in windows vs. one day.
        var weight = Math.Min(1, baseline.WindowsObserved / 144.0);
        var mean = Math.Max(weight * baseline.MeanKib + (1 - weight) * PriorMeanKib, 1);
        var variance = Math.Max(weight * baseline.VarianceKib + (1 - weight) * PriorMeanKib * PriorMeanKib, mean * mean);
        var surprisal = CountSurprisal.Of(kib, mean, variance);
        var score = ModelAlert.Score(surprisal);
        if (score < 0.5)
        {
            return null;
        }
        baseline.AlertedPeer = view.Peer;
        if (!state.Episodes.Trigger(ModelNames.UnusualDataUpload + "/" + view.Peer, view.TimeNs))
        {
            return null;
        }
        return ModelAlert.Create(context, ModelNames.UnusualDataUpload, view.TimeNs, score,
            $"{context.Device} sent {kib / 1024.0:0.#} MiB to {view.Peer} (port {flow.RespPort}) in 10 minutes; its baseline for its busiest peer is {baseline.MeanKib / 1024:0.##} MiB per 10 minutes.",
            new EvidenceBuilder()
                .Add("destination", $"{view.Peer}:{flow.RespPort}")
                .Add("kib_sent_10min", kib)
                .Add("baseline_mean_kib", baseline.MeanKib)
                .Add("baseline_sd_kib", Math.Sqrt(baseline.VarianceKib))
                .Add("baseline_windows", baseline.WindowsObserved)
                .Add("expected_kib", mean)
                .Add("surprisal", surprisal)
                .Build(),
            [view.Peer]);
    }

    private static void Advance(UploadBaseline baseline, long window)
    {
        if (baseline.Window == long.MinValue)
        {
            baseline.Window = window;
            return;
        }
        if (window <= baseline.Window)
        {
            return;
        }
        var busiest = baseline.PeerBytes.Count == 0 ? 0 : baseline.PeerBytes.Values.Max() / 1024.0;
        Learn(baseline, busiest);
        var quiet = Math.Min(window - baseline.Window - 1, MaxWindowsFolded);
        for (var i = 0; i < quiet; i++)
        {
            Learn(baseline, 0);
        }
        baseline.Window = window;
        baseline.PeerBytes.Clear();
        baseline.AlertedPeer = null;
    }

    private static void Learn(UploadBaseline baseline, double kib)
    {
        // Clip before learning: one burst moves the baseline only a little.
        var clipped = Math.Min(kib, 4 * Math.Max(baseline.MeanKib, PriorMeanKib) + 3 * Math.Sqrt(baseline.VarianceKib));
        var delta = clipped - baseline.MeanKib;
        var alpha = Math.Max(Alpha, 1.0 / (baseline.WindowsObserved + 1));
        baseline.MeanKib += alpha * delta;
        baseline.VarianceKib = (1 - alpha) * (baseline.VarianceKib + alpha * delta * delta);
        baseline.WindowsObserved++;
    }
}
