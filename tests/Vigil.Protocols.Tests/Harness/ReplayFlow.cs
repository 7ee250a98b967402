using Vigil.Capture.Decoding;

namespace Vigil.Protocols.Tests.Harness;

/// <summary>One flow of a <see cref="FlowReplay"/>: its dissector and simple per-direction TCP reassembly.</summary>
internal sealed class ReplayFlow(TransportProtocol transport, ulong originator, ushort origPort, ushort respPort)
{
    private const int MaxHeldSegments = 64;

    private readonly TcpDirection[] _tcp = [new(), new()];

    public ulong Originator { get; } = originator;
    public ushort RespPort { get; } = respPort;
    public FlowDissector Dissector { get; } = new(transport, origPort, respPort);

    public void Add(Packet packet, Direction direction, long timestampNs)
    {
        if (transport == TransportProtocol.Udp)
        {
            Dissector.Feed(direction, packet.Payload, timestampNs);
            return;
        }
        var state = _tcp[(int)direction];
        if ((packet.TcpFlags & Packet.Syn) != 0)
        {
            state.Next = packet.Seq + 1;
            return;
        }
        if (packet.Payload.Length == 0)
        {
            return;
        }
        state.Next ??= packet.Seq;
        state.Held[packet.Seq] = packet.Payload;
        Drain(state, direction, timestampNs);
    }

    /// <summary>End of capture: feed what is still held past holes (segments the capture never had).</summary>
    public void Finish()
    {
        foreach (var direction in new[] { Direction.FromOriginator, Direction.FromResponder })
        {
            Drain(_tcp[(int)direction], direction, 0, flush: true);
        }
    }

    private void Drain(TcpDirection state, Direction direction, long timestampNs, bool flush = false)
    {
        while (state.Held.Count > 0)
        {
            var (seq, payload) = state.Held.First();
            var next = state.Next!.Value;
            var ahead = (int)(seq - next);
            if (ahead > 0)
            {
                if (state.Held.Count <= MaxHeldSegments && !flush)
                {
                    return;
                }
                // Too much held past a hole (or the capture ended): give up on the missing bytes.
                Dissector.OnGap(direction);
                state.Next = seq;
                continue;
            }
            state.Held.Remove(seq);
            var skip = -ahead;
            if (skip < payload.Length)
            {
                Dissector.Feed(direction, payload.AsSpan(skip), timestampNs);
                state.Next = seq + (uint)payload.Length;
            }
        }
    }

    private sealed class TcpDirection
    {
        public uint? Next { get; set; }

        // Ordered by distance from Next would be exact; captures here never wrap sequence numbers mid-flow.
        public SortedDictionary<uint, byte[]> Held { get; } = [];
    }
}
