namespace Vigil.Capture.Decoding;

/// <summary>
/// The link, network and transport headers of one frame, decoded without allocating.
/// <see cref="Payload"/> points into the reader's buffer: consume it before the next read.
/// Fields that the frame does not have are zero (no VLAN tag: <see cref="Vlan"/> is 0).
/// </summary>
public ref struct DecodedPacket
{
    /// <summary>Capture time in nanoseconds since the Unix epoch (UTC).</summary>
    public long TimestampNs;

    /// <summary>The frame's length on the wire.</summary>
    public int WireLength;

    public MacAddress SrcMac;
    public MacAddress DstMac;

    /// <summary>The outer 802.1Q/802.1ad VLAN id, 0 when untagged.</summary>
    public ushort Vlan;

    /// <summary>The inner VLAN id of a QinQ frame, 0 otherwise.</summary>
    public ushort InnerVlan;

    /// <summary>The EtherType of the network layer (0x0800 IPv4, 0x86DD IPv6, 0x0806 ARP…).</summary>
    public ushort EtherType;

    public NetAddress Src;
    public NetAddress Dst;
    public TransportProtocol Protocol;
    public byte Ttl;

    /// <summary>A fragment other than the first: it carries no transport header.</summary>
    public bool IsLaterFragment;

    public ushort SrcPort;
    public ushort DstPort;
    public TcpFlags TcpFlags;
    public uint TcpSeq;
    public uint TcpAck;
    public ushort TcpWindow;
    public byte IcmpType;
    public byte IcmpCode;

    /// <summary>
    /// Transport payload length as the IP header states it; larger than <see cref="Payload"/>'s
    /// length when the capture's snap length cut the frame.
    /// </summary>
    public int PayloadLength;

    /// <summary>
    /// The captured transport payload (for ARP and other non-IP frames: the network-layer body).
    /// </summary>
    public ReadOnlySpan<byte> Payload;

    public readonly bool IsIP => EtherType is EtherTypes.IPv4 or EtherTypes.IPv6;
}
