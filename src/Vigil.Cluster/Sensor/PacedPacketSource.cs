using System.Diagnostics;
using Vigil.Capture;
using Vigil.Capture.Files;

namespace Vigil.Cluster.Sensor;

/// <summary>
/// Replays a capture at a multiple of its own pace (2 = twice as fast as it was captured), so a file
/// can stand in for a mirror port. Modelling still runs on the packets' timestamps; only wall-clock
/// delivery is slowed.
/// </summary>
public sealed class PacedPacketSource(IPacketSource inner, double speed) : IPacketSource
{
    /// <summary>Longest single sleep, so a gap of hours in a capture cannot stall a sensor unnoticed.</summary>
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(1);

    private readonly Stopwatch _clock = new();
    private long _firstNs = long.MinValue;

    public bool TryRead(out RawFrame frame)
    {
        if (!inner.TryRead(out frame))
        {
            return false;
        }
        if (_firstNs == long.MinValue)
        {
            _firstNs = frame.TimestampNs;
            _clock.Start();
            return true;
        }
        var due = TimeSpan.FromTicks((long)((frame.TimestampNs - _firstNs) / 100 / speed));
        while (_clock.Elapsed < due)
        {
            var pause = due - _clock.Elapsed;
            Thread.Sleep(pause < LongestPause ? pause : LongestPause);
        }
        return true;
    }

    public void Dispose() => inner.Dispose();
}
