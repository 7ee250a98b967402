namespace Vigil.Simulator.Protocols;

/// <summary>
/// ISO transport over TCP (RFC 1006): the 4-byte TPKT header (version 3, reserved, total length) around
/// COTP (ISO 8073) TPDUs. S7comm rides in COTP data TPDUs; RDP and S7 both open with a COTP connection request.
/// </summary>
public static class IsoTransport
{
    /// <summary>TPKT header + <paramref name="body"/>.</summary>
    public static byte[] Tpkt(ReadOnlySpan<byte> body) =>
        new ByteWriter(4 + body.Length).U8(3).U8(0).U16(4 + body.Length).Bytes(body).ToArray();

    /// <summary>COTP connection request (CR) with TPDU size 1024 and the calling/called TSAPs.</summary>
    public static byte[] ConnectionRequest(ushort sourceReference, ushort sourceTsap, ushort destinationTsap) =>
        Tpkt(Connection(0xE0, 0, sourceReference, sourceTsap, destinationTsap));

    /// <summary>COTP connection confirm (CC) echoing the TSAPs.</summary>
    public static byte[] ConnectionConfirm(ushort destinationReference, ushort sourceReference, ushort sourceTsap, ushort destinationTsap) =>
        Tpkt(Connection(0xD0, destinationReference, sourceReference, sourceTsap, destinationTsap));

    /// <summary>COTP data TPDU (length 2, code 0xF0, EOT set, number 0) carrying <paramref name="userData"/>.</summary>
    public static byte[] Data(ReadOnlySpan<byte> userData) =>
        Tpkt(new ByteWriter(3 + userData.Length).U8(2).U8(0xF0).U8(0x80).Bytes(userData).ToArray());

    private static byte[] Connection(byte code, ushort destinationReference, ushort sourceReference, ushort sourceTsap, ushort destinationTsap)
    {
        var tpdu = new ByteWriter(18).U8(0) // length indicator, patched below
            .U8(code).U16(destinationReference).U16(sourceReference).U8(0x00) // class 0
            .U8(0xC0).U8(1).U8(0x0A)                                           // TPDU size 1024
            .U8(0xC1).U8(2).U16(sourceTsap)
            .U8(0xC2).U8(2).U16(destinationTsap);
        tpdu.PatchU8(0, tpdu.Length - 1);
        return tpdu.ToArray();
    }
}
