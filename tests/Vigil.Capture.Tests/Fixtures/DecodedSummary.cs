using Vigil.Capture.Decoding;

namespace Vigil.Capture.Tests.Fixtures;

/// <summary>A heap copy of a <see cref="DecodedPacket"/>, so that assertions can run after decoding.</summary>
internal sealed record DecodedSummary(
    long TimestampNs, int WireLength, MacAddress SrcMac, MacAddress DstMac, ushort Vlan, ushort InnerVlan,
    ushort EtherType, NetAddress Src, NetAddress Dst, TransportProtocol Protocol, byte Ttl, bool IsLaterFragment,
    ushort SrcPort, ushort DstPort, TcpFlags TcpFlags, uint TcpSeq, uint TcpAck, ushort TcpWindow,
    byte IcmpType, byte IcmpCode, int PayloadLength, byte[] Payload)
{
    public static DecodedSummary From(in DecodedPacket p) => new(
        p.TimestampNs, p.WireLength, p.SrcMac, p.DstMac, p.Vlan, p.InnerVlan, p.EtherType, p.Src, p.Dst, p.Protocol,
        p.Ttl, p.IsLaterFragment, p.SrcPort, p.DstPort, p.TcpFlags, p.TcpSeq, p.TcpAck, p.TcpWindow, p.IcmpType,
        p.IcmpCode, p.PayloadLength, p.Payload.ToArray());
}
