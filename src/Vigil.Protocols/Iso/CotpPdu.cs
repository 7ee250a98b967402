namespace Vigil.Protocols.Iso;

/// <summary>One COTP (ISO 8073) TPDU inside a TPKT frame.</summary>
public readonly ref struct CotpPdu
{
    public CotpPdu(byte type, bool endOfTsdu, ReadOnlySpan<byte> userData)
    {
        Type = type;
        EndOfTsdu = endOfTsdu;
        UserData = userData;
    }

    /// <summary>The TPDU code (upper nibble of the type byte): 0xE0 CR, 0xD0 CC, 0xF0 DT, 0x80 DR, ...</summary>
    public byte Type { get; }

    /// <summary>For DT: the last TPDU of a transport service data unit (the EOT bit).</summary>
    public bool EndOfTsdu { get; }

    /// <summary>The bytes after the header (S7 or ISO session data for DT).</summary>
    public ReadOnlySpan<byte> UserData { get; }
}
