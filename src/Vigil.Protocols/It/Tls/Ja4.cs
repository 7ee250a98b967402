using System.Security.Cryptography;
using System.Text;

namespace Vigil.Protocols.It.Tls;

/// <summary>
/// JA4 (FoxIO), section a_b_c:
/// a = protocol ('t' TCP) + version ("13", "12", …) + SNI ('d' present, 'i' absent) + cipher count
///     + extension count (2 digits each, GREASE excluded, capped at 99) + first and last character
///     of the first ALPN value ("00" when none);
/// b = first 12 hex of SHA-256 over the sorted 4-hex cipher list, comma separated;
/// c = first 12 hex of SHA-256 over the sorted extension list without SNI (0000) and ALPN (0010),
///     then '_' and the signature algorithms in wire order (no '_' when there are none).
/// An empty list hashes to "000000000000".
/// </summary>
public static class Ja4
{
    private const string EmptyHash = "000000000000";
    private const ushort ServerNameExtension = 0x0000;
    private const ushort AlpnExtension = 0x0010;

    public static string Compute(TlsClientHello hello, char protocol = 't')
    {
        var ciphers = hello.CipherSuites.Where(c => !TlsGrease.IsGrease(c)).ToList();
        var extensions = hello.Extensions.Where(e => !TlsGrease.IsGrease(e)).ToList();
        var hasSni = extensions.Contains(ServerNameExtension);
        var a = $"{protocol}{VersionCode(hello.HighestVersion)}{(hasSni ? 'd' : 'i')}" +
            $"{Math.Min(ciphers.Count, 99):D2}{Math.Min(extensions.Count, 99):D2}{AlpnCode(hello.Alpn)}";

        ciphers.Sort();
        var b = ciphers.Count == 0 ? EmptyHash : Hash12(HexList(ciphers));

        var sortedExtensions = extensions.Where(e => e != ServerNameExtension && e != AlpnExtension).ToList();
        sortedExtensions.Sort();
        var signatures = hello.SignatureAlgorithms.Where(s => !TlsGrease.IsGrease(s)).ToList();
        var cText = signatures.Count == 0 ? HexList(sortedExtensions) : HexList(sortedExtensions) + "_" + HexList(signatures);
        var c = sortedExtensions.Count == 0 ? EmptyHash : Hash12(cText);
        return $"{a}_{b}_{c}";
    }

    private static string VersionCode(ushort version) => version switch
    {
        0x0304 => "13",
        0x0303 => "12",
        0x0302 => "11",
        0x0301 => "10",
        0x0300 => "s3",
        0x0200 => "s2",
        0xFEFF => "d1",
        0xFEFD => "d2",
        0xFEFC => "d3",
        _ => "00",
    };

    /// <summary>First and last character of the first ALPN value; when either is not alphanumeric, the first and last hex digit of the value instead.</summary>
    private static string AlpnCode(IReadOnlyList<string> alpn)
    {
        if (alpn.Count == 0 || alpn[0].Length == 0)
        {
            return "00";
        }
        var value = alpn[0];
        if (char.IsAsciiLetterOrDigit(value[0]) && char.IsAsciiLetterOrDigit(value[^1]))
        {
            return $"{value[0]}{value[^1]}";
        }
        var hex = Convert.ToHexStringLower(Encoding.Latin1.GetBytes(value));
        return $"{hex[0]}{hex[^1]}";
    }

    private static string HexList(List<ushort> values) => string.Join(',', values.Select(v => v.ToString("x4", System.Globalization.CultureInfo.InvariantCulture)));

    private static string Hash12(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(text)))[..12];
}
