namespace Vigil.Protocols.It.Tls;

/// <summary>
/// GREASE (RFC 8701): reserved values 0x0A0A, 0x1A1A … 0xFAFA that clients sprinkle into cipher,
/// extension, group and version lists so servers stay tolerant. Fingerprints ignore them, since
/// they are chosen at random per connection.
/// </summary>
public static class TlsGrease
{
    public static bool IsGrease(ushort value) => (value & 0x0F0F) == 0x0A0A && (value >> 8) == (value & 0xFF);
}
