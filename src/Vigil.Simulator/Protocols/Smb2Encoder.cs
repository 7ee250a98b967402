namespace Vigil.Simulator.Protocols;

/// <summary>
/// SMB2 over direct TCP (port 445, MS-SMB2): a 4-byte NetBIOS session header, the 64-byte SMB2 header,
/// and NEGOTIATE / ECHO bodies — enough for a file server's traffic to be recognised as SMB2 without
/// modelling sessions and file operations.
/// </summary>
public static class Smb2Encoder
{
    private static readonly ushort[] Dialects = [0x0202, 0x0210, 0x0300, 0x0302];

    /// <summary>NEGOTIATE request offering dialects 2.0.2 to 3.0.2.</summary>
    public static byte[] NegotiateRequest(ulong messageId, ReadOnlySpan<byte> clientGuid)
    {
        var body = new ByteWriter(48).U16Le(36).U16Le(Dialects.Length).U16Le(0x0001).U16Le(0).U32Le(0x7F)
            .Bytes(clientGuid).U64Le(0);
        foreach (var dialect in Dialects)
        {
            body.U16Le(dialect);
        }
        return Message(0x0000, messageId, false, body.ToArray());
    }

    /// <summary>NEGOTIATE response selecting SMB 3.0.2, with an empty security buffer.</summary>
    public static byte[] NegotiateResponse(ulong messageId, ReadOnlySpan<byte> serverGuid, long timestampNs)
    {
        var fileTime = (ulong)(timestampNs / 100 + 116_444_736_000_000_000L); // 100 ns ticks since 1601
        var body = new ByteWriter(72).U16Le(65).U16Le(0x0001).U16Le(0x0302).U16Le(0).Bytes(serverGuid)
            .U32Le(0x2F).U32Le(8_388_608).U32Le(8_388_608).U32Le(8_388_608)
            .U64Le(fileTime).U64Le(0)
            .U16Le(128).U16Le(0).U32Le(0) // security buffer offset (64 + 64) and length, reserved
            .U8(0);                       // the one-byte variable part the structure size counts
        return Message(0x0000, messageId, true, body.ToArray());
    }

    /// <summary>ECHO request or response (structure size 4): a keep-alive.</summary>
    public static byte[] Echo(ulong messageId, bool response) => Message(0x000D, messageId, response, new ByteWriter(4).U16Le(4).U16Le(0).ToArray());

    private static byte[] Message(ushort command, ulong messageId, bool response, ReadOnlySpan<byte> body)
    {
        var smb = new ByteWriter(64 + body.Length).U8(0xFE).Ascii("SMB").U16Le(64).U16Le(1).U32Le(0)
            .U16Le(command).U16Le(response ? 1 : 31).U32Le(response ? 1u : 0u).U32Le(0)
            .U64Le(messageId).U32Le(0xFEFF).U32Le(0).U64Le(0).Fill(16)
            .Bytes(body).ToArray();
        return new ByteWriter(4 + smb.Length).U8(0).U24(smb.Length).Bytes(smb).ToArray();
    }
}
