namespace Vigil.Protocols.Iso;

/// <summary>
/// Reads the COTP TPDU carried in one TPKT frame.
/// <code>
///  0     1           2 ...
///  +-----+-----------+-------------------------------+-----------+
///  | LI  | type/cdt  | fixed part + parameters       | user data |
///  +-----+-----------+-------------------------------+-----------+
///  LI counts the header after itself. DT (0xF0, class 0): LI = 2, then TPDU-NR with EOT in bit 7.
/// </code>
/// </summary>
public static class CotpReader
{
    /// <summary>Connection request.</summary>
    public const byte ConnectionRequest = 0xE0;

    /// <summary>Connection confirm.</summary>
    public const byte ConnectionConfirm = 0xD0;

    /// <summary>Data.</summary>
    public const byte Data = 0xF0;

    /// <summary>Reads the TPDU in <paramref name="tpktPayload"/> (the TPKT frame without its header).</summary>
    public static bool TryRead(ReadOnlySpan<byte> tpktPayload, out CotpPdu pdu)
    {
        pdu = default;
        if (tpktPayload.Length < 2)
        {
            return false;
        }
        int headerLength = tpktPayload[0];
        var type = (byte)(tpktPayload[1] & 0xF0);
        if (headerLength < 1 || 1 + headerLength > tpktPayload.Length || !IsKnownType(tpktPayload[1]))
        {
            return false;
        }
        var userData = tpktPayload[(1 + headerLength)..];
        if (type == Data)
        {
            if (headerLength < 2)
            {
                return false;
            }
            pdu = new CotpPdu(type, (tpktPayload[2] & 0x80) != 0, userData);
            return true;
        }
        pdu = new CotpPdu(type, true, userData);
        return true;
    }

    /// <summary>True for the TPDU codes of ISO 8073 (CR, CC, DR, DC, DT, ED, AK, EA, RJ, ER).</summary>
    public static bool IsKnownType(byte typeByte) =>
        (typeByte & 0xF0) is 0xE0 or 0xD0 or 0x80 or 0xC0 or 0xF0 or 0x10 or 0x60 or 0x20 or 0x50 or 0x70;
}
