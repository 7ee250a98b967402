namespace Vigil.Protocols.Bacnet;

/// <summary>
/// Reads a BACnet NPDU (clause 6).
/// <code>
///  version(1)=1 | control(1) | [DNET(2) DLEN(1) DADR] | [SNET(2) SLEN(1) SADR] | [hop count(1) if DNET]
///  | network message type(1) [+ vendor id(2) if type ≥ 0x80]   (control bit 7 set)
///  | APDU                                                      (control bit 7 clear)
///  control: bit7 network message, bit5 DNET present, bit3 SNET present, bit2 expecting reply
/// </code>
/// </summary>
public static class NpduReader
{
    /// <summary>Reads <paramref name="npdu"/>: either a network message type (then <paramref name="apdu"/> is empty) or the APDU.</summary>
    public static bool TryRead(ReadOnlySpan<byte> npdu, out int networkMessage, out ReadOnlySpan<byte> apdu)
    {
        networkMessage = -1;
        apdu = default;
        if (npdu.Length < 2 || npdu[0] != 0x01)
        {
            return false;
        }
        var control = npdu[1];
        var offset = 2;
        if ((control & 0x20) != 0 && !SkipAddress(npdu, ref offset))
        {
            return false;
        }
        if ((control & 0x08) != 0 && !SkipAddress(npdu, ref offset))
        {
            return false;
        }
        if ((control & 0x20) != 0)
        {
            offset++;
        }
        if (offset >= npdu.Length)
        {
            return false;
        }
        if ((control & 0x80) != 0)
        {
            networkMessage = npdu[offset];
            return true;
        }
        apdu = npdu[offset..];
        return true;
    }

    // A network number (2 bytes), an address length and that many address bytes.
    private static bool SkipAddress(ReadOnlySpan<byte> npdu, ref int offset)
    {
        if (offset + 3 > npdu.Length)
        {
            return false;
        }
        offset += 3 + npdu[offset + 2];
        return offset <= npdu.Length;
    }
}
