using System.Globalization;
using System.Net;
using System.Text;

namespace Vigil.Protocols.It.Dns;

/// <summary>Turns a PTR owner name ("4.3.2.1.in-addr.arpa", nibble-reversed "….ip6.arpa") back into the address.</summary>
public static class DnsReverseName
{
    private const string V4Suffix = ".in-addr.arpa";
    private const string V6Suffix = ".ip6.arpa";

    public static string? ToAddress(string name)
    {
        if (name.EndsWith(V4Suffix, StringComparison.Ordinal))
        {
            var parts = name[..^V4Suffix.Length].Split('.');
            if (parts.Length != 4 || !parts.All(p => byte.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                return null;
            }
            Array.Reverse(parts);
            return string.Join('.', parts);
        }
        if (name.EndsWith(V6Suffix, StringComparison.Ordinal))
        {
            var nibbles = name[..^V6Suffix.Length].Split('.');
            if (nibbles.Length != 32 || !nibbles.All(n => n.Length == 1 && char.IsAsciiHexDigit(n[0])))
            {
                return null;
            }
            var hex = new StringBuilder(39);
            for (var i = 31; i >= 0; i--)
            {
                hex.Append(nibbles[i]);
                if (i % 4 == 0 && i > 0)
                {
                    hex.Append(':');
                }
            }
            return IPAddress.TryParse(hex.ToString(), out var address) ? address.ToString() : null;
        }
        return null;
    }
}
