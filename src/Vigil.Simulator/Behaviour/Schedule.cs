using Vigil.Simulator.Packets;

namespace Vigil.Simulator.Behaviour;

/// <summary>Arrival times for sessions, and the lazy merge that turns them into one packet source.</summary>
public static class Schedule
{
    /// <summary>
    /// Poisson arrivals with mean gap <paramref name="meanSeconds"/> at full load, thinned by
    /// <paramref name="load"/> (0–1) so office activity follows the working day.
    /// </summary>
    public static IEnumerable<long> Poisson(SimRandom random, long start, long end, double meanSeconds, Func<long, double> load)
    {
        var t = start;
        while (true)
        {
            t += (long)(random.Exponential(meanSeconds) * SimTime.Second) + 1;
            if (t >= end)
            {
                yield break;
            }
            if (random.NextDouble() < load(t))
            {
                yield return t;
            }
        }
    }

    /// <summary>Evenly spaced times with ±<paramref name="jitter"/> relative jitter on each gap.</summary>
    public static IEnumerable<long> Periodic(SimRandom random, long start, long end, long period, double jitter)
    {
        for (var t = start + (long)(random.NextDouble() * period); t < end; t += (long)random.Jitter(period, jitter))
        {
            yield return t;
        }
    }

    /// <summary>One session per start time, sessions allowed to overlap, merged in time order.</summary>
    public static IEnumerable<SimPacket> Sessions(IEnumerable<long> starts, Func<long, IEnumerable<SimPacket>> session) =>
        PacketStreams.MergeByStart(starts.Select(session));
}
