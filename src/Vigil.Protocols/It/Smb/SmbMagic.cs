namespace Vigil.Protocols.It.Smb;

/// <summary>The 4-byte protocol identifiers that start every SMB message.</summary>
public static class SmbMagic
{
    /// <summary>SMB1 (CIFS): 0xFF 'S' 'M' 'B'.</summary>
    public static ReadOnlySpan<byte> Smb1 => [0xFF, (byte)'S', (byte)'M', (byte)'B'];

    /// <summary>SMB2/3: 0xFE 'S' 'M' 'B'.</summary>
    public static ReadOnlySpan<byte> Smb2 => [0xFE, (byte)'S', (byte)'M', (byte)'B'];

    /// <summary>SMB3 transform (encrypted) header: 0xFD 'S' 'M' 'B'.</summary>
    public static ReadOnlySpan<byte> Transform => [0xFD, (byte)'S', (byte)'M', (byte)'B'];

    /// <summary>SMB3 compression transform header: 0xFC 'S' 'M' 'B'.</summary>
    public static ReadOnlySpan<byte> Compressed => [0xFC, (byte)'S', (byte)'M', (byte)'B'];
}
