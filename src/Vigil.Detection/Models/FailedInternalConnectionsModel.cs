using Vigil.Contracts.Alerts;
using Vigil.Contracts.Flows;

namespace Vigil.Detection.Models;

/// <summary>
/// "Multiple Failed Internal Connections": failed (unanswered or rejected) connection attempts to
/// internal hosts in the last ten minutes, far above what this device's own history predicts.
/// The baseline keeps learning after the learning window, but each minute's count is clipped
/// before it is learnt, so slow change is absorbed and a burst is not.
/// </summary>
public static class FailedInternalConnectionsModel
{
    /// <summary>Fewer failures than this in ten minutes never alert, however quiet the device was.</summary>
    public const int MinFailures = 10;

    /// <summary>What a device we know nothing about is assumed to do: one failure every 50 minutes.</summary>
    public const double PriorMeanPerMinute = 0.02;

    private const double HalfLifeMinutes = 3 * 24 * 60;
    private const long MinuteNs = 60_000_000_000L;
    /// <summary>Minutes of silence folded one by one before the rest are treated as negligible.</summary>
    private const long MaxMinutesFolded = 20_000;
    private static readonly double Alpha = 1 - Math.Pow(2, -1 / HalfLifeMinutes);

    public static Alert? Observe(FailedConnectionsBaseline baseline, FlowEvent flow, StepContext context)
    {
        if (!flow.IsFinal || !flow.RespInternal || flow.Orig != context.Device)
        {
            return null;
        }
        Advance(baseline, flow.EndNs / MinuteNs);
        if (!flow.IsFailedAttempt)
        {
            return null;
        }
        if (FailureBurst.Judge(baseline, flow.EndNs, MinFailures, context) is not { } burst)
        {
            return null;
        }
        return new Alert
        {
            TimeNs = flow.EndNs,
            Device = context.Device,
            Model = ModelNames.MultipleFailedInternalConnections,
            Score = burst.Score,
            Summary = $"{context.Device} made {burst.Failures} failed internal connection attempts in {FailedConnectionsBaseline.WindowMinutes} minutes; its baseline predicts {burst.Expected:0.##}.",
            EvidenceJson = burst.Evidence(baseline, $"{flow.Resp}:{flow.RespPort}", flow.State),
        };
    }

    /// <summary>Closes the minutes between the last observation and <paramref name="minute"/>, learning each.</summary>
    internal static void Advance(FailedConnectionsBaseline baseline, long minute)
    {
        if (baseline.CurrentMinute == long.MinValue)
        {
            baseline.CurrentMinute = minute;
            return;
        }
        var closing = Math.Min(minute - baseline.CurrentMinute, MaxMinutesFolded);
        for (var i = 0; i < closing; i++)
        {
            Learn(baseline, baseline.Window[0]);
            Array.Copy(baseline.Window, 0, baseline.Window, 1, baseline.Window.Length - 1);
            baseline.Window[0] = 0;
        }
        baseline.CurrentMinute = Math.Max(baseline.CurrentMinute, minute);
        if (baseline.EpisodeOpen && baseline.Window.Sum() < 3)
        {
            baseline.EpisodeOpen = false;
        }
    }

    private static void Learn(FailedConnectionsBaseline baseline, int count)
    {
        // Clip before learning: a burst teaches the baseline only a little at a time.
        var clipped = Math.Min(count, 3 + 5 * baseline.MeanPerMinute);
        var delta = clipped - baseline.MeanPerMinute;
        baseline.MeanPerMinute += Alpha * delta;
        baseline.VariancePerMinute = (1 - Alpha) * (baseline.VariancePerMinute + Alpha * delta * delta);
        baseline.MinutesObserved++;
    }
}
