namespace Vigil.Detection.Models;

/// <summary>
/// A device's own rate of failed internal connection attempts: exponentially weighted mean and
/// variance of failures per minute (half-life three days) and the last ten minutes, minute by minute.
/// </summary>
public sealed class FailedConnectionsBaseline
{
    public const int WindowMinutes = 10;

    /// <summary>The minute (capture time / 60 s) that <see cref="Window"/>[0] counts.</summary>
    public long CurrentMinute { get; set; } = long.MinValue;
    /// <summary>Failures per minute for the last <see cref="WindowMinutes"/> minutes, newest first.</summary>
    public int[] Window { get; set; } = new int[WindowMinutes];
    public double MeanPerMinute { get; set; }
    public double VariancePerMinute { get; set; }
    /// <summary>Minutes folded into the mean: the baseline's weight of evidence.</summary>
    public long MinutesObserved { get; set; }
    /// <summary>An alert is open for the current burst; it closes when the window calms down.</summary>
    public bool EpisodeOpen { get; set; }
}
