namespace Vigil.Simulator.Protocols;

/// <summary>
/// SMB1 (MS-CIFS) over direct TCP 445, without Unicode or extended security: the negotiate, anonymous
/// session set-up and IPC$ tree connect an exploit tool opens with, then the oversized TRANS2
/// SESSION_SETUP requests EternalBlue-style exploits and their implants send. Each message is
/// NetBIOS session header (4) | SMB header (32) | word count (1) | words | byte count (2) | bytes.
/// </summary>
public static class Smb1Encoder
{
    /// <summary>STATUS_NOT_IMPLEMENTED, the answer an unpatched server gives an implant's TRANS2 "ping".</summary>
    public const uint StatusNotImplemented = 0xC0000002;

    /// <summary>The TRANS2 command code, for <see cref="ErrorResponse"/>.</summary>
    public const byte Trans2Command = 0x32;

    private const byte Negotiate = 0x72;
    private const byte SessionSetupAndX = 0x73;
    private const byte TreeConnectAndX = 0x75;
    private const byte Transaction2 = Trans2Command;
    private const int HeaderLength = 32;

    private static readonly string[] Dialects =
        ["PC NETWORK PROGRAM 1.0", "LANMAN1.0", "Windows for Workgroups 3.1a", "LM1.2X002", "LANMAN2.1", "NT LM 0.12"];

    /// <summary>NEGOTIATE request offering the classic dialect list, NT LM 0.12 last.</summary>
    public static byte[] NegotiateRequest(ushort multiplexId)
    {
        var bytes = new ByteWriter(128);
        foreach (var dialect in Dialects)
        {
            bytes.U8(0x02).Ascii(dialect).U8(0); // buffer format 2: a null-terminated dialect string
        }
        return Message(Negotiate, 0, false, 0, 0, multiplexId, new ByteWriter(0), bytes);
    }

    /// <summary>NEGOTIATE response choosing NT LM 0.12 with an 8-byte challenge (no extended security).</summary>
    public static byte[] NegotiateResponse(ushort multiplexId, ReadOnlySpan<byte> challenge, long timestampNs, string domain)
    {
        var fileTime = (ulong)(timestampNs / 100 + 116_444_736_000_000_000L);
        var words = new ByteWriter(34).U16Le(Dialects.Length - 1).U8(0x03) // dialect index, security mode: user level, challenge/response
            .U16Le(50).U16Le(1).U32Le(16_644).U32Le(65_536).U32Le(0)        // max multiplex, max VCs, max buffer, max raw, session key
            .U32Le(0x0000_E3FD)                                             // capabilities (no extended security)
            .U64Le(fileTime).U16Le(0).U8(challenge.Length);
        var bytes = new ByteWriter(32).Bytes(challenge).Ascii(domain).U8(0);
        return Message(Negotiate, 0, true, 0, 0, multiplexId, words, bytes);
    }

    /// <summary>SESSION_SETUP_ANDX request of the anonymous (null) session.</summary>
    public static byte[] AnonymousSessionSetupRequest(ushort multiplexId)
    {
        var words = new ByteWriter(26).U8(0xFF).U8(0).U16Le(0)             // no further command
            .U16Le(4356).U16Le(10).U16Le(0).U32Le(0)                      // max buffer, max multiplex, VC number, session key
            .U16Le(0).U16Le(0).U32Le(0).U32Le(0x0000_00D4);               // empty passwords, reserved, capabilities
        var bytes = new ByteWriter(48).U8(0).U8(0)                         // account name, primary domain: empty
            .Ascii("Windows 2000 2195").U8(0).Ascii("Windows 2000 5.0").U8(0);
        return Message(SessionSetupAndX, 0, false, 0, 0, multiplexId, words, bytes);
    }

    /// <summary>SESSION_SETUP_ANDX response granting the anonymous session as guest.</summary>
    public static byte[] AnonymousSessionSetupResponse(ushort userId, ushort multiplexId, string nativeOs, string domain)
    {
        var words = new ByteWriter(6).U8(0xFF).U8(0).U16Le(0).U16Le(0x0001); // no further command, action: logged in as guest
        var bytes = new ByteWriter(64).Ascii(nativeOs).U8(0).Ascii(nativeOs).U8(0).Ascii(domain).U8(0);
        return Message(SessionSetupAndX, 0, true, 0, userId, multiplexId, words, bytes);
    }

    /// <summary>TREE_CONNECT_ANDX request for \\<paramref name="server"/>\IPC$.</summary>
    public static byte[] TreeConnectRequest(ushort userId, ushort multiplexId, string server)
    {
        var words = new ByteWriter(8).U8(0xFF).U8(0).U16Le(0).U16Le(0).U16Le(1); // no further command, flags, password length 1
        var bytes = new ByteWriter(64).U8(0).Ascii($@"\\{server}\IPC$").U8(0).Ascii("?????").U8(0);
        return Message(TreeConnectAndX, 0, false, 0, userId, multiplexId, words, bytes);
    }

    /// <summary>TREE_CONNECT_ANDX response: the IPC service, no file system.</summary>
    public static byte[] TreeConnectResponse(ushort treeId, ushort userId, ushort multiplexId)
    {
        var words = new ByteWriter(6).U8(0xFF).U8(0).U16Le(0).U16Le(0x0001); // optional support: search bits
        var bytes = new ByteWriter(8).Ascii("IPC").U8(0).U8(0);
        return Message(TreeConnectAndX, 0, true, treeId, userId, multiplexId, words, bytes);
    }

    /// <summary>
    /// TRANS2 request with sub-command SESSION_SETUP (0x000E), twelve parameter bytes and
    /// <paramref name="data"/> as its data: the shape of an implant's ping and payload upload.
    /// </summary>
    public static byte[] Trans2SessionSetupRequest(ushort treeId, ushort userId, ushort multiplexId, ReadOnlySpan<byte> parameters, ReadOnlySpan<byte> data)
    {
        // Offsets count from the SMB header: header, word count, 15 words, byte count, then
        // the unused name (one null byte), pad to 4, parameters, pad to 4, data.
        const int parameterOffset = 68;
        var dataOffset = (parameterOffset + parameters.Length + 3) & ~3;
        var words = new ByteWriter(30).U16Le(parameters.Length).U16Le(data.Length).U16Le(1).U16Le(0) // totals, max parameter and data counts
            .U8(0).U8(0).U16Le(0).U32Le(0x0025_89F1).U16Le(0)                                  // max setup, flags, timeout, reserved
            .U16Le(parameters.Length).U16Le(parameterOffset).U16Le(data.Length).U16Le(dataOffset)
            .U8(1).U8(0).U16Le(0x000E);                                                           // one setup word: SESSION_SETUP
        var bytes = new ByteWriter(dataOffset - HeaderLength - 33 + data.Length).U8(0);
        bytes.Fill(parameterOffset - HeaderLength - 33 - bytes.Length).Bytes(parameters);
        bytes.Fill(dataOffset - HeaderLength - 33 - bytes.Length).Bytes(data);
        return Message(Transaction2, 0, false, treeId, userId, multiplexId, words, bytes);
    }

    /// <summary>An error response (no words, no bytes) carrying <paramref name="status"/>.</summary>
    public static byte[] ErrorResponse(byte command, uint status, ushort treeId, ushort userId, ushort multiplexId) =>
        Message(command, status, true, treeId, userId, multiplexId, new ByteWriter(0), new ByteWriter(0));

    private static byte[] Message(byte command, uint status, bool response, ushort treeId, ushort userId, ushort multiplexId, ByteWriter words, ByteWriter bytes)
    {
        var wordBytes = words.ToArray();
        var body = bytes.ToArray();
        var smb = new ByteWriter(HeaderLength + 3 + wordBytes.Length + body.Length)
            .U8(0xFF).Ascii("SMB").U8(command).U32Le(status)
            .U8(response ? 0x98 : 0x18)        // flags: case-insensitive, canonical paths (+ reply)
            .U16Le(0x4007)                      // flags2: long names, EAs, security signatures allowed, 32-bit NT status (no Unicode)
            .U16Le(0).Fill(8).U16Le(0)          // PID high, security features, reserved
            .U16Le(treeId).U16Le(0xFEFF).U16Le(userId).U16Le(multiplexId)
            .U8(wordBytes.Length / 2).Bytes(wordBytes).U16Le(body.Length).Bytes(body)
            .ToArray();
        return new ByteWriter(4 + smb.Length).U8(0).U24(smb.Length).Bytes(smb).ToArray();
    }
}
