using System.Buffers.Binary;

namespace Vigil.Capture.Decoding;

/// <summary>
/// IPv6 (RFC 8200) and its extension headers:
/// <code>
/// fixed header (40)  version/class/flow (4) | payload length (2) | next header (1) | hop limit (1) | source (16) | destination (16)
/// hop-by-hop 0, routing 43, destination options 60: next (1) | length in 8-byte units, minus 1 (1) | …
/// fragment 44:       next (1) | reserved (1) | offset (13 bits) + flags (3 bits) (2) | id (4)
/// AH 51:             next (1) | length in 4-byte units, minus 2 (1) | …
/// </code>
/// </summary>
internal static class IPv6Decoder
{
    private const int HeaderLength = 40;

    /// <summary>A real packet has a handful; more is a crafted loop that we refuse to walk.</summary>
    private const int MaxExtensionHeaders = 16;

    public static DecodeStatus Decode(ReadOnlySpan<byte> ip, ref DecodedPacket packet)
    {
        if (ip.Length < HeaderLength)
        {
            return DecodeStatus.Truncated;
        }
        if (ip[0] >> 4 != 6)
        {
            return DecodeStatus.Malformed;
        }
        int payloadLength = BinaryPrimitives.ReadUInt16BigEndian(ip[4..]);
        var next = ip[6];
        packet.Ttl = ip[7];
        packet.Src = NetAddress.FromIPv6(ip[8..]);
        packet.Dst = NetAddress.FromIPv6(ip[24..]);
        // Length 0 means a jumbogram or an offloaded packet: trust what was captured.
        var declaredEnd = payloadLength == 0 ? ip.Length : HeaderLength + payloadLength;
        var end = Math.Min(declaredEnd, ip.Length);
        var offset = HeaderLength;
        var laterFragment = false;
        for (var count = 0; IsExtensionHeader(next); count++)
        {
            packet.Protocol = (TransportProtocol)next;
            if (count == MaxExtensionHeaders)
            {
                return DecodeStatus.Malformed;
            }
            var length = next switch
            {
                44 => 8,
                51 => ip.Length > offset + 1 ? (ip[offset + 1] + 2) * 4 : 2,
                _ => ip.Length > offset + 1 ? (ip[offset + 1] + 1) * 8 : 2,
            };
            if (offset + length > end)
            {
                return end == declaredEnd ? DecodeStatus.Malformed : DecodeStatus.Truncated;
            }
            if (next == 44)
            {
                laterFragment = BinaryPrimitives.ReadUInt16BigEndian(ip[(offset + 2)..]) >> 3 != 0;
            }
            next = ip[offset];
            offset += length;
        }
        packet.Protocol = (TransportProtocol)next;
        var body = ip[offset..end];
        var bodyLength = declaredEnd - offset;
        if (laterFragment)
        {
            packet.IsLaterFragment = true;
            packet.Payload = body;
            packet.PayloadLength = bodyLength;
            return DecodeStatus.Ok;
        }
        return TransportDecoder.Decode(body, bodyLength, ref packet);
    }

    private static bool IsExtensionHeader(byte next) => next is 0 or 43 or 44 or 51 or 60;
}
