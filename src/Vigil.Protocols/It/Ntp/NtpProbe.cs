namespace Vigil.Protocols.It.Ntp;

/// <summary>
/// Recognises an NTP time packet: exactly the 48-byte header (or with extension fields/MAC, up to
/// a few hundred bytes), version 1–4 (old SNTP clients still send 1), mode 1–5, stratum ≤ 16. Used with the port, it filters
/// out non-NTP traffic on 123; alone it is strict enough not to claim random datagrams often.
/// </summary>
public static class NtpProbe
{
    private const int MaxLength = 512;

    public static bool Matches(Direction direction, ReadOnlySpan<byte> firstBytes)
    {
        if (firstBytes.Length < NtpParser.HeaderLength || firstBytes.Length > MaxLength || (firstBytes.Length - NtpParser.HeaderLength) % 4 != 0)
        {
            return false;
        }
        var version = firstBytes[0] >> 3 & 0x07;
        var mode = firstBytes[0] & 0x07;
        return version is >= 1 and <= 4 && mode is >= 1 and <= 5 && firstBytes[1] <= 16;
    }
}
