using System.Buffers.Binary;

namespace Vigil.Capture.Decoding;

/// <summary>
/// IPv4 (RFC 791):
/// <code>
/// version/IHL (1) | DSCP/ECN (1) | total length (2) | id (2) | flags/fragment offset (2)
/// TTL (1) | protocol (1) | checksum (2) | source (4) | destination (4) | options (IHL*4 - 20)
/// </code>
/// The total length trims Ethernet padding off the payload. Fragments after the first carry no
/// transport header, so they are reported with <see cref="DecodedPacket.IsLaterFragment"/> instead.
/// </summary>
internal static class IPv4Decoder
{
    private const int MinHeaderLength = 20;

    public static DecodeStatus Decode(ReadOnlySpan<byte> ip, ref DecodedPacket packet)
    {
        if (ip.Length < MinHeaderLength)
        {
            return DecodeStatus.Truncated;
        }
        var headerLength = (ip[0] & 0x0F) * 4;
        if (ip[0] >> 4 != 4 || headerLength < MinHeaderLength)
        {
            return DecodeStatus.Malformed;
        }
        packet.Ttl = ip[8];
        packet.Protocol = (TransportProtocol)ip[9];
        packet.Src = NetAddress.FromIPv4(ip[12..]);
        packet.Dst = NetAddress.FromIPv4(ip[16..]);
        if (ip.Length < headerLength)
        {
            return DecodeStatus.Truncated;
        }
        int totalLength = BinaryPrimitives.ReadUInt16BigEndian(ip[2..]);
        if (totalLength == 0)
        {
            // Segmentation offload hands the capture a packet whose length field is not filled in yet.
            totalLength = ip.Length;
        }
        else if (totalLength < headerLength)
        {
            return DecodeStatus.Malformed;
        }
        var body = ip[headerLength..Math.Min(totalLength, ip.Length)];
        var bodyLength = totalLength - headerLength;
        var fragmentOffset = BinaryPrimitives.ReadUInt16BigEndian(ip[6..]) & 0x1FFF;
        if (fragmentOffset != 0)
        {
            packet.IsLaterFragment = true;
            packet.Payload = body;
            packet.PayloadLength = bodyLength;
            return DecodeStatus.Ok;
        }
        return TransportDecoder.Decode(body, bodyLength, ref packet);
    }
}
