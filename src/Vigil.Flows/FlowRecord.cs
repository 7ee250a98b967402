using Vigil.Capture.Decoding;
using Vigil.Protocols;

namespace Vigil.Flows;

/// <summary>
/// One bidirectional flow (a TCP connection, or a UDP/ICMP exchange between two endpoints until it
/// idles out). The originator is the side that sent the first packet (for TCP, the SYN sender when
/// the handshake was seen). Byte counts are application payload bytes, as Zeek counts them.
/// Packet counts and <see cref="EndNs"/> move with every packet; <see cref="State"/>,
/// <see cref="History"/>, <see cref="Facts"/> and the TCP byte counts are brought up to date
/// when the flow is reported.
/// </summary>
public sealed class FlowRecord
{
    /// <summary>Sequence number of the flow within one tracker, in order of first packet.</summary>
    public ulong Id { get; set; }

    /// <summary>Capture time of the first packet, in nanoseconds since the Unix epoch.</summary>
    public long StartNs { get; set; }

    /// <summary>Time of the last packet seen.</summary>
    public long EndNs { get; set; }

    /// <summary>The side that started the flow.</summary>
    public NetAddress Orig { get; set; }

    /// <summary>The originator's port; for ICMP the request type (Zeek's convention).</summary>
    public ushort OrigPort { get; set; }

    /// <summary>The side that answered (or was meant to).</summary>
    public NetAddress Resp { get; set; }

    /// <summary>The responder's port; for ICMP the reply type of a request/reply pair, else the code.</summary>
    public ushort RespPort { get; set; }

    public TransportProtocol Protocol { get; set; }

    /// <summary>The outer VLAN id, 0 when untagged.</summary>
    public ushort Vlan { get; set; }

    /// <summary>Source MAC of the first packet from the originator's side (the router's, across a router).</summary>
    public MacAddress OrigMac { get; set; }

    /// <summary>The responder side's MAC as first seen.</summary>
    public MacAddress RespMac { get; set; }

    /// <summary>Zeek's conn_state: how the connection went (attempted, rejected, established, closed, reset…).</summary>
    public ConnState State { get; set; }

    /// <summary>Zeek-style history letters (S h A D a d F f R r …), capped in length.</summary>
    public string History { get; set; } = "";

    /// <summary>Payload bytes the originator sent (TCP: by sequence space, retransmissions once).</summary>
    public long OrigBytes { get; set; }

    /// <summary>Payload bytes the responder sent.</summary>
    public long RespBytes { get; set; }

    /// <summary>Packets the originator sent, retransmissions included.</summary>
    public long OrigPkts { get; set; }

    /// <summary>Packets the responder sent.</summary>
    public long RespPkts { get; set; }

    /// <summary>What the application parsers learned; null when the flow carried no payload to dissect.</summary>
    public FlowFacts? Facts { get; set; }

    /// <summary>The recognised application protocol, e.g. "modbus"; null when none was.</summary>
    public string? Service => Facts?.Service;
}
