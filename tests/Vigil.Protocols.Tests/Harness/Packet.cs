using System.Buffers.Binary;
using Vigil.Capture.Decoding;

namespace Vigil.Protocols.Tests.Harness;

/// <summary>The transport fields of one decoded Ethernet/IPv4 frame (tests only).</summary>
internal sealed record Packet(
    TransportProtocol Transport, uint SrcIp, ushort SrcPort, uint DstIp, ushort DstPort,
    uint Seq, byte TcpFlags, byte[] Payload)
{
    public const byte Syn = 0x02;
    public const byte Ack = 0x10;

    /// <summary>Decodes Ethernet (with VLAN tags), IPv4, TCP/UDP; null for anything else or IP fragments past the first.</summary>
    public static Packet? Decode(byte[] frame)
    {
        var span = frame.AsSpan();
        if (span.Length < 14)
        {
            return null;
        }
        var etherType = BinaryPrimitives.ReadUInt16BigEndian(span[12..]);
        var offset = 14;
        while (etherType is 0x8100 or 0x88A8 && span.Length >= offset + 4)
        {
            etherType = BinaryPrimitives.ReadUInt16BigEndian(span[(offset + 2)..]);
            offset += 4;
        }
        if (etherType != 0x0800 || span.Length < offset + 20)
        {
            return null;
        }
        var ip = span[offset..];
        var ihl = (ip[0] & 0x0F) * 4;
        int total = BinaryPrimitives.ReadUInt16BigEndian(ip[2..]);
        var fragmentOffset = BinaryPrimitives.ReadUInt16BigEndian(ip[6..]) & 0x1FFF;
        if (ihl < 20 || fragmentOffset != 0)
        {
            return null;
        }
        total = total == 0 ? ip.Length : Math.Min(total, ip.Length);
        if (total < ihl)
        {
            return null;
        }
        var src = BinaryPrimitives.ReadUInt32BigEndian(ip[12..]);
        var dst = BinaryPrimitives.ReadUInt32BigEndian(ip[16..]);
        var l4 = ip[ihl..total];
        switch (ip[9])
        {
            case 6 when l4.Length >= 20:
                var dataOffset = (l4[12] >> 4) * 4;
                if (dataOffset < 20 || dataOffset > l4.Length)
                {
                    return null;
                }
                return new Packet(TransportProtocol.Tcp, src, BinaryPrimitives.ReadUInt16BigEndian(l4), dst,
                    BinaryPrimitives.ReadUInt16BigEndian(l4[2..]), BinaryPrimitives.ReadUInt32BigEndian(l4[4..]), l4[13], l4[dataOffset..].ToArray());
            case 17 when l4.Length >= 8:
                return new Packet(TransportProtocol.Udp, src, BinaryPrimitives.ReadUInt16BigEndian(l4), dst,
                    BinaryPrimitives.ReadUInt16BigEndian(l4[2..]), 0, 0, l4[8..].ToArray());
            default:
                return null;
        }
    }
}
