using Vigil.Capture.Decoding;

namespace Vigil.Flows.Tests.Support;

/// <summary>Builds decoded packets as the capture decoder would hand them over.</summary>
internal static class Packets
{
    public const long Second = 1_000_000_000;

    public static DecodedPacket Tcp(long ts, string src, ushort srcPort, string dst, ushort dstPort,
        TcpFlags flags, uint seq, uint ack, byte[]? payload = null, int? payloadLength = null)
    {
        var packet = Ip(ts, src, dst, TransportProtocol.Tcp, payload, payloadLength);
        packet.SrcPort = srcPort;
        packet.DstPort = dstPort;
        packet.TcpFlags = flags;
        packet.TcpSeq = seq;
        packet.TcpAck = (flags & TcpFlags.Ack) != 0 ? ack : 0;
        return packet;
    }

    public static DecodedPacket Udp(long ts, string src, ushort srcPort, string dst, ushort dstPort, int length)
    {
        var packet = Ip(ts, src, dst, TransportProtocol.Udp, new byte[length], null);
        packet.SrcPort = srcPort;
        packet.DstPort = dstPort;
        return packet;
    }

    public static DecodedPacket Icmp(long ts, string src, string dst, byte type, byte code = 0, int length = 56)
    {
        var packet = Ip(ts, src, dst, TransportProtocol.Icmp, new byte[length], null);
        packet.IcmpType = type;
        packet.IcmpCode = code;
        return packet;
    }

    public static DecodedPacket Arp(long ts) => new()
    {
        TimestampNs = ts,
        EtherType = EtherTypes.Arp,
        SrcMac = new MacAddress(0x0200_0000_0001),
        DstMac = MacAddress.None,
        Payload = new byte[28],
        PayloadLength = 28,
    };

    private static DecodedPacket Ip(long ts, string src, string dst, TransportProtocol protocol, byte[]? payload, int? payloadLength)
    {
        var bytes = payload ?? [];
        return new DecodedPacket
        {
            TimestampNs = ts,
            EtherType = src.Contains(':') ? EtherTypes.IPv6 : EtherTypes.IPv4,
            SrcMac = new MacAddress(0x0200_0000_0001),
            DstMac = new MacAddress(0x0200_0000_0002),
            Src = NetAddress.Parse(src),
            Dst = NetAddress.Parse(dst),
            Protocol = protocol,
            Ttl = 64,
            Payload = bytes,
            PayloadLength = payloadLength ?? bytes.Length,
        };
    }
}
