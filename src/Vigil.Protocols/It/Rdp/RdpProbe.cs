namespace Vigil.Protocols.It.Rdp;

/// <summary>
/// Recognises RDP's first packet: a TPKT X.224 Connection Request whose variable part is empty,
/// a "Cookie:" line or an RDP_NEG_REQ, or a Confirm with an RDP_NEG_RSP/FAILURE. S7comm and MMS
/// also open with TPKT + X.224 CR, but carry COTP TSAP parameters (0xC0–0xC2) there instead.
/// </summary>
public static class RdpProbe
{
    public static bool Matches(Direction direction, ReadOnlySpan<byte> firstBytes)
    {
        var length = X224Reader.TpktLength(firstBytes);
        if (length <= 0 || firstBytes.Length < length)
        {
            return false;
        }
        var packet = firstBytes[..length];
        var code = X224Reader.TpduCode(packet);
        if (code == 0)
        {
            return false;
        }
        var variable = X224Reader.VariablePart(packet);
        return code switch
        {
            X224Reader.ConnectionRequest => variable.IsEmpty || variable.StartsWith("Cookie:"u8) || IsNegotiation(variable, 0x01),
            X224Reader.ConnectionConfirm => IsNegotiation(variable, 0x02) || IsNegotiation(variable, 0x03),
            _ => false,
        };
    }

    private static bool IsNegotiation(ReadOnlySpan<byte> variable, byte type) =>
        variable.Length == 8 && variable[0] == type && variable[2] == 8 && variable[3] == 0;
}
