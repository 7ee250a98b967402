using Vigil.Capture.Decoding;
using Vigil.Protocols;

namespace Vigil.Flows;

/// <summary>
/// One bidirectional flow (a TCP connection, or a UDP/ICMP exchange between two endpoints until it
/// idles out). The originator is the side that sent the first packet (for TCP, the SYN sender when
/// the handshake was seen). Byte counts are application payload bytes, as Zeek counts them.
/// </summary>
public sealed class FlowRecord
{
    /// <summary>Sequence number of the flow within one tracker, in order of first packet.</summary>
    public ulong Id { get; set; }
    public long StartNs { get; set; }
    /// <summary>Time of the last packet seen.</summary>
    public long EndNs { get; set; }
    public NetAddress Orig { get; set; }
    public ushort OrigPort { get; set; }
    public NetAddress Resp { get; set; }
    public ushort RespPort { get; set; }
    public TransportProtocol Protocol { get; set; }
    public ushort Vlan { get; set; }
    public MacAddress OrigMac { get; set; }
    public MacAddress RespMac { get; set; }
    public ConnState State { get; set; }
    /// <summary>Zeek-style history letters (S h A D a d F f R r …), capped in length.</summary>
    public string History { get; set; } = "";
    public long OrigBytes { get; set; }
    public long RespBytes { get; set; }
    public long OrigPkts { get; set; }
    public long RespPkts { get; set; }
    /// <summary>What the application parsers learned; null when no payload was parsed.</summary>
    public FlowFacts? Facts { get; set; }
    public string? Service => Facts?.Service;
}
