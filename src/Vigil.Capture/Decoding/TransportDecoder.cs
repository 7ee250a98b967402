using System.Buffers.Binary;

namespace Vigil.Capture.Decoding;

/// <summary>
/// Transport headers. <c>segment</c> is the captured part of the IP payload, <c>declaredLength</c>
/// the length the IP header states (larger when the snap length cut the frame).
/// <code>
/// TCP  src port (2) | dst port (2) | seq (4) | ack (4) | data offset (4 bits) + reserved (4 bits) | flags (1) | window (2) | checksum (2) | urgent (2) | options
/// UDP  src port (2) | dst port (2) | length (2) | checksum (2)
/// ICMP type (1) | code (1) | checksum (2) | rest of header (4)    (ICMPv6 the same)
/// </code>
/// </summary>
internal static class TransportDecoder
{
    private const int TcpMinHeader = 20;
    private const int UdpHeader = 8;
    private const int IcmpHeader = 8;

    public static DecodeStatus Decode(ReadOnlySpan<byte> segment, int declaredLength, ref DecodedPacket packet)
    {
        switch (packet.Protocol)
        {
            case TransportProtocol.Tcp:
                return Tcp(segment, declaredLength, ref packet);
            case TransportProtocol.Udp:
                return Udp(segment, declaredLength, ref packet);
            case TransportProtocol.Icmp:
            case TransportProtocol.Icmpv6:
                return Icmp(segment, declaredLength, ref packet);
            default:
                packet.Payload = segment;
                packet.PayloadLength = declaredLength;
                return DecodeStatus.Ok;
        }
    }

    private static DecodeStatus Tcp(ReadOnlySpan<byte> segment, int declaredLength, ref DecodedPacket packet)
    {
        if (!Ports(segment, ref packet) || segment.Length < TcpMinHeader)
        {
            return DecodeStatus.Truncated;
        }
        packet.TcpSeq = BinaryPrimitives.ReadUInt32BigEndian(segment[4..]);
        packet.TcpAck = BinaryPrimitives.ReadUInt32BigEndian(segment[8..]);
        packet.TcpFlags = (TcpFlags)segment[13];
        packet.TcpWindow = BinaryPrimitives.ReadUInt16BigEndian(segment[14..]);
        var headerLength = (segment[12] >> 4) * 4;
        if (headerLength < TcpMinHeader || headerLength > declaredLength)
        {
            return DecodeStatus.Malformed;
        }
        if (headerLength > segment.Length)
        {
            return DecodeStatus.Truncated;
        }
        packet.Payload = segment[headerLength..];
        packet.PayloadLength = declaredLength - headerLength;
        return DecodeStatus.Ok;
    }

    private static DecodeStatus Udp(ReadOnlySpan<byte> segment, int declaredLength, ref DecodedPacket packet)
    {
        if (!Ports(segment, ref packet) || segment.Length < UdpHeader)
        {
            return DecodeStatus.Truncated;
        }
        if (declaredLength < UdpHeader)
        {
            return DecodeStatus.Malformed;
        }
        // UDP's own length wins when it is sane: it is what the receiver's stack would use.
        int udpLength = BinaryPrimitives.ReadUInt16BigEndian(segment[4..]);
        var length = udpLength >= UdpHeader && udpLength <= declaredLength ? udpLength : declaredLength;
        packet.Payload = segment[UdpHeader..Math.Min(length, segment.Length)];
        packet.PayloadLength = length - UdpHeader;
        return DecodeStatus.Ok;
    }

    private static DecodeStatus Icmp(ReadOnlySpan<byte> segment, int declaredLength, ref DecodedPacket packet)
    {
        if (segment.Length < 2)
        {
            return DecodeStatus.Truncated;
        }
        packet.IcmpType = segment[0];
        packet.IcmpCode = segment[1];
        if (segment.Length < IcmpHeader)
        {
            return declaredLength < IcmpHeader ? DecodeStatus.Malformed : DecodeStatus.Truncated;
        }
        // The payload is what follows the 8-byte header: echo data, or the quoted datagram of an error.
        packet.Payload = segment[IcmpHeader..];
        packet.PayloadLength = declaredLength - IcmpHeader;
        return DecodeStatus.Ok;
    }

    private static bool Ports(ReadOnlySpan<byte> segment, ref DecodedPacket packet)
    {
        if (segment.Length < 4)
        {
            return false;
        }
        packet.SrcPort = BinaryPrimitives.ReadUInt16BigEndian(segment);
        packet.DstPort = BinaryPrimitives.ReadUInt16BigEndian(segment[2..]);
        return true;
    }
}
