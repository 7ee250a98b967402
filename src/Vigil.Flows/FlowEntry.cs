using Vigil.Capture.Decoding;
using Vigil.Flows.Tcp;

namespace Vigil.Flows;

/// <summary>
/// The tracker's working state for one flow: its public record, its links in a timeout lane and
/// what the protocol engines need. Fields rather than properties where the packet path writes them
/// in place (the history is a mutable struct, the links are rewritten on every packet).
/// </summary>
internal sealed class FlowEntry
{
    public FlowEntry(FlowKey key, FlowRecord record, bool origIsA, TcpSession? tcp)
    {
        Key = key;
        Record = record;
        OrigIsA = origIsA;
        Tcp = tcp;
    }

    public FlowKey Key { get; }

    public FlowRecord Record { get; }

    /// <summary>Whether the originator is the key's first endpoint: a packet is from the originator when its sender matches.</summary>
    public bool OrigIsA { get; }

    /// <summary>TCP state; null for other protocols.</summary>
    public TcpSession? Tcp { get; }

    public FlowHistory History;

    public FlowLane? Lane;
    public FlowEntry? Previous;
    public FlowEntry? Next;

    /// <summary>When the flow last entered or was touched in its lane: the lane's timeout counts from here.</summary>
    public long LaneStampNs;

    /// <summary>When the next interim report is due, if the flow has packets to report by then.</summary>
    public long NextInterimNs;

    /// <summary>When the flow's report is due in the tracker's queue; <see cref="long.MaxValue"/> when it is not queued.</summary>
    public long QueuedDueNs = long.MaxValue;

    /// <summary>Payload bytes, both ways, since the flow was last reported.</summary>
    public long UnreportedBytes;

    /// <summary>The connection ended; the flow waits out the close linger before its final report.</summary>
    public bool Closing;

    /// <summary>For datagram flows: whether each side has sent.</summary>
    public bool OrigSent;
    public bool RespSent;

    /// <summary>Created on the first captured payload byte.</summary>
    public FlowPayload? Payload;

    /// <summary>The timeout class the flow's current state belongs to.</summary>
    public FlowLaneKind LaneKind
    {
        get
        {
            if (Tcp is { } tcp)
            {
                if (Closing)
                {
                    return FlowLaneKind.TcpClosing;
                }
                return tcp.IsEstablishedOrMidstream && !tcp.IsHalfClosed ? FlowLaneKind.TcpEstablished : FlowLaneKind.TcpTransitory;
            }
            return Record.Protocol switch
            {
                TransportProtocol.Udp => FlowLaneKind.Udp,
                TransportProtocol.Icmp or TransportProtocol.Icmpv6 => FlowLaneKind.Icmp,
                _ => FlowLaneKind.Other,
            };
        }
    }
}
