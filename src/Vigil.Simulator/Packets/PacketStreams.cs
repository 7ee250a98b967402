namespace Vigil.Simulator.Packets;

/// <summary>
/// Merges time-ordered packet sources into one time-ordered stream with a priority queue, pulling each
/// source lazily so memory holds one pending packet per live source, however long the capture.
/// Ties go to the source added first, which keeps the output a pure function of the inputs.
/// </summary>
public static class PacketStreams
{
    /// <summary>Merges sources that may all start at any time.</summary>
    public static IEnumerable<SimPacket> Merge(IEnumerable<IEnumerable<SimPacket>> sources) => MergeCore(sources, lazy: false);

    /// <summary>
    /// Merges sources given in order of their first packet's time, opening each only when the merged
    /// stream reaches it: thousands of short conversations (a scan, a day of DNS queries) stay cheap.
    /// </summary>
    public static IEnumerable<SimPacket> MergeByStart(IEnumerable<IEnumerable<SimPacket>> sourcesInStartOrder) =>
        MergeCore(sourcesInStartOrder, lazy: true);

    private static IEnumerable<SimPacket> MergeCore(IEnumerable<IEnumerable<SimPacket>> sources, bool lazy)
    {
        var queue = new PriorityQueue<(IEnumerator<SimPacket> Source, long Order), (long Time, long Order)>();
        long order = 0;
        long lastTime = long.MinValue;
        using var pendingSources = sources.GetEnumerator();
        IEnumerator<SimPacket>? waiting = null;

        bool OpenNext()
        {
            while (pendingSources.MoveNext())
            {
                var source = pendingSources.Current.GetEnumerator();
                if (source.MoveNext())
                {
                    waiting = source;
                    return true;
                }
                source.Dispose();
            }
            waiting = null;
            return false;
        }

        var more = OpenNext();
        while (!lazy && more)
        {
            queue.Enqueue((waiting!, order), (waiting!.Current.TimestampNs, order++));
            more = OpenNext();
        }

        while (true)
        {
            // Admit every waiting source whose first packet is due no later than the queue's head.
            while (more && (queue.Count == 0 || waiting!.Current.TimestampNs <= queue.Peek().Source.Current.TimestampNs))
            {
                queue.Enqueue((waiting!, order), (waiting!.Current.TimestampNs, order++));
                more = OpenNext();
            }
            if (queue.Count == 0)
            {
                yield break;
            }
            var (head, headOrder) = queue.Dequeue();
            var packet = head.Current;
            if (packet.TimestampNs < lastTime)
            {
                throw new InvalidOperationException($"A packet source went back in time ({packet.TimestampNs} < {lastTime}).");
            }
            lastTime = packet.TimestampNs;
            yield return packet;
            if (head.MoveNext())
            {
                queue.Enqueue((head, headOrder), (head.Current.TimestampNs, headOrder));
            }
            else
            {
                head.Dispose();
            }
        }
    }
}
