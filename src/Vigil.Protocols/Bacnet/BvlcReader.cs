using System.Buffers.Binary;

namespace Vigil.Protocols.Bacnet;

/// <summary>
/// Reads the BACnet/IP Virtual Link Control header (Annex J) of one UDP datagram.
/// <code>
///  0      1          2..3                4...
///  +------+----------+-------------------+----------------------------------------+
///  | 0x81 | function | length (BE, total)| [Forwarded-NPDU: origin ip(4)+port(2)] NPDU |
///  +------+----------+-------------------+----------------------------------------+
///  functions carrying an NPDU: 0x04 Forwarded, 0x09 Distribute-Broadcast, 0x0A Unicast, 0x0B Broadcast
/// </code>
/// </summary>
public static class BvlcReader
{
    /// <summary>The BVLC type byte of BACnet/IP.</summary>
    public const byte BacnetIp = 0x81;

    /// <summary>Reads <paramref name="datagram"/>; false when the header is malformed. <paramref name="npdu"/> is empty for BVLC-only functions.</summary>
    public static bool TryRead(ReadOnlySpan<byte> datagram, out byte function, out ReadOnlySpan<byte> npdu)
    {
        function = 0;
        npdu = default;
        if (datagram.Length < 4 || datagram[0] != BacnetIp)
        {
            return false;
        }
        function = datagram[1];
        int length = BinaryPrimitives.ReadUInt16BigEndian(datagram[2..]);
        if (length < 4 || length > datagram.Length || function > 0x0C)
        {
            return false;
        }
        var body = datagram[4..length];
        switch (function)
        {
            case 0x04 when body.Length >= 6:
                npdu = body[6..];
                return true;
            case 0x04:
                return false;
            case 0x09 or 0x0A or 0x0B:
                npdu = body;
                return true;
            default:
                return true;
        }
    }

    /// <summary>Content probe: a BVLC header whose length is the datagram length.</summary>
    public static bool Looks(Direction direction, ReadOnlySpan<byte> firstBytes) =>
        firstBytes.Length >= 4 && firstBytes[0] == BacnetIp && firstBytes[1] <= 0x0C
        && BinaryPrimitives.ReadUInt16BigEndian(firstBytes[2..]) == firstBytes.Length;
}
