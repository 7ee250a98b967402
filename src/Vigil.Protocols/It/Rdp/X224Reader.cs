using System.Buffers.Binary;
using System.Text;

namespace Vigil.Protocols.It.Rdp;

/// <summary>
/// Pure readers of the TPKT-framed X.224 Connection Request and Confirm that open every RDP
/// connection (MS-RDPBCGR 2.2.1.1 and 2.2.1.2):
/// <code>
/// TPKT (RFC 1006):  | version = 3 | reserved = 0 | length (2, BE, whole packet) |
/// X.224 CR / CC:    | LI (1) | code 0xE0 CR / 0xD0 CC | dst-ref (2) | src-ref (2) | class (1) |
/// CR variable part: [ "Cookie: mstshash=USER\r\n" | routing token ] [ RDP_NEG_REQ ]
/// CC variable part: [ RDP_NEG_RSP | RDP_NEG_FAILURE ]
/// RDP_NEG_*:        | type (1) 1 req, 2 rsp, 3 failure | flags (1) | length (2, LE) = 8 | value (4, LE) |
/// </code>
/// </summary>
public static class X224Reader
{
    public const byte ConnectionRequest = 0xE0;
    public const byte ConnectionConfirm = 0xD0;
    public const int TpktHeaderLength = 4;
    private const int FixedLength = 7; // LI, code, dst-ref, src-ref, class
    private const int MaxCookieLength = 128;
    private static readonly byte[] CookiePrefix = "Cookie: mstshash="u8.ToArray();

    /// <summary>The TPKT length of the packet at the start of <paramref name="data"/>; 0 when it needs more bytes, -1 when it is not TPKT.</summary>
    public static int TpktLength(ReadOnlySpan<byte> data)
    {
        if (data.Length < TpktHeaderLength)
        {
            return data.Length > 0 && data[0] != 3 ? -1 : 0;
        }
        var length = BinaryPrimitives.ReadUInt16BigEndian(data[2..]);
        return data[0] != 3 || data[1] != 0 || length < TpktHeaderLength + FixedLength ? -1 : length;
    }

    /// <summary>The X.224 TPDU code (0xE0, 0xD0 …) of a whole TPKT packet, or 0 when the header is inconsistent.</summary>
    public static byte TpduCode(ReadOnlySpan<byte> packet)
    {
        if (packet.Length < TpktHeaderLength + FixedLength)
        {
            return 0;
        }
        var li = packet[TpktHeaderLength];
        // LI counts the header bytes after itself; it must fit in the packet.
        return li < FixedLength - 1 || TpktHeaderLength + 1 + li > packet.Length ? (byte)0 : (byte)(packet[TpktHeaderLength + 1] & 0xF0);
    }

    /// <summary>The variable part of a CR or CC: everything after the class byte, within LI.</summary>
    public static ReadOnlySpan<byte> VariablePart(ReadOnlySpan<byte> packet)
    {
        var li = packet[TpktHeaderLength];
        return packet.Slice(TpktHeaderLength + FixedLength, li - (FixedLength - 1));
    }

    /// <summary>Reads the cookie user (null without a mstshash cookie) and RDP_NEG_REQ's requestedProtocols (null without one).</summary>
    public static bool TryReadRequest(ReadOnlySpan<byte> variablePart, out string? cookie, out uint? requestedProtocols)
    {
        cookie = null;
        requestedProtocols = null;
        var rest = variablePart;
        if (rest.StartsWith("Cookie:"u8))
        {
            // Both the mstshash cookie and the msts routing token end with CR LF.
            var end = rest.IndexOf("\r\n"u8);
            if (end < 0)
            {
                return false;
            }
            if (rest.StartsWith(CookiePrefix))
            {
                var user = rest[CookiePrefix.Length..end];
                cookie = Encoding.Latin1.GetString(user[..Math.Min(user.Length, MaxCookieLength)]);
            }
            rest = rest[(end + 2)..];
        }
        if (rest.Length >= 8 && rest[0] == 0x01)
        {
            requestedProtocols = BinaryPrimitives.ReadUInt32LittleEndian(rest[4..]);
        }
        return true;
    }

    /// <summary>Reads RDP_NEG_RSP's selectedProtocol or RDP_NEG_FAILURE's failureCode (both null for legacy servers).</summary>
    public static void ReadConfirm(ReadOnlySpan<byte> variablePart, out uint? selectedProtocol, out uint? failureCode)
    {
        selectedProtocol = null;
        failureCode = null;
        if (variablePart.Length < 8)
        {
            return;
        }
        var value = BinaryPrimitives.ReadUInt32LittleEndian(variablePart[4..]);
        if (variablePart[0] == 0x02)
        {
            selectedProtocol = value;
        }
        else if (variablePart[0] == 0x03)
        {
            failureCode = value;
        }
    }
}
