namespace Vigil.Protocols.It.Smb;

/// <summary>
/// Recognises SMB: a NetBIOS session message whose payload starts with an SMB1/SMB2/SMB3 magic,
/// or (port 139) a NetBIOS session request carrying two 34-byte encoded names.
/// </summary>
public static class SmbProbe
{
    private const int SessionRequestLength = 68;

    public static bool Matches(Direction direction, ReadOnlySpan<byte> firstBytes)
    {
        if (firstBytes.Length < 8)
        {
            return false;
        }
        var length = firstBytes[1] << 16 | firstBytes[2] << 8 | firstBytes[3];
        if (firstBytes[0] == 0x81)
        {
            return length == SessionRequestLength && firstBytes[4] == 0x20;
        }
        if (firstBytes[0] != 0x00 || length < 32)
        {
            return false;
        }
        var payload = firstBytes[4..];
        return payload.StartsWith(SmbMagic.Smb2) || payload.StartsWith(SmbMagic.Smb1) || payload.StartsWith(SmbMagic.Transform);
    }
}
