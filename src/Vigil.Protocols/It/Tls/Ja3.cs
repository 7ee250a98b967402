using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Vigil.Protocols.It.Tls;

/// <summary>
/// JA3 (Salesforce): the MD5 of "SSLVersion,Ciphers,Extensions,EllipticCurves,ECPointFormats",
/// each list in wire order, decimal, joined by '-', GREASE values removed. The version is the
/// ClientHello's legacy_version, not supported_versions.
/// </summary>
public static class Ja3
{
    /// <summary>The JA3 string before hashing, e.g. "771,4865-4866,0-10-11,29-23,0".</summary>
    public static string Text(TlsClientHello hello)
    {
        var text = new StringBuilder(256);
        text.Append(hello.LegacyVersion.ToString(CultureInfo.InvariantCulture)).Append(',');
        AppendWithoutGrease(text, hello.CipherSuites);
        text.Append(',');
        AppendWithoutGrease(text, hello.Extensions);
        text.Append(',');
        AppendWithoutGrease(text, hello.SupportedGroups);
        text.Append(',');
        for (var i = 0; i < hello.PointFormats.Count; i++)
        {
            text.Append(i == 0 ? "" : "-").Append(hello.PointFormats[i].ToString(CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    /// <summary>The JA3 fingerprint: lowercase hex MD5 of <see cref="Text"/>.</summary>
    public static string Hash(TlsClientHello hello)
    {
        // MD5 is what JA3 is defined with; it is a fingerprint, not a security control.
#pragma warning disable CA5351
        var digest = MD5.HashData(Encoding.ASCII.GetBytes(Text(hello)));
#pragma warning restore CA5351
        return Convert.ToHexStringLower(digest);
    }

    private static void AppendWithoutGrease(StringBuilder text, IReadOnlyList<ushort> values)
    {
        var first = true;
        foreach (var value in values)
        {
            if (TlsGrease.IsGrease(value))
            {
                continue;
            }
            text.Append(first ? "" : "-").Append(value.ToString(CultureInfo.InvariantCulture));
            first = false;
        }
    }
}
