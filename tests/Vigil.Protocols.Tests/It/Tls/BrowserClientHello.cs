namespace Vigil.Protocols.Tests.It.Tls;

/// <summary>
/// A Chrome-like ClientHello with GREASE, matching a published fingerprint record (browserleaks
/// JSON quoted in a public repository): JA3 text
/// "771,4865-…-53,45-51-16-65037-23-17613-0-11-10-43-65281-35-18-5-13-27,4588-29-23-24,0"
/// (MD5 98487aa16281980e7d1120d399efb6a4) and JA4 t13d1516h2_8daaf6152771_d8a2da3f94cd.
/// </summary>
internal static class BrowserClientHello
{
    public const string Ja3Text =
        "771,4865-4866-4867-49195-49199-49196-49200-52393-52392-49171-49172-156-157-47-53," +
        "45-51-16-65037-23-17613-0-11-10-43-65281-35-18-5-13-27,4588-29-23-24,0";
    public const string Ja3Hash = "98487aa16281980e7d1120d399efb6a4";
    public const string Ja4 = "t13d1516h2_8daaf6152771_d8a2da3f94cd";

    public static ClientHelloBuilder Builder(string? sni = "tls.browserleaks.com") => new()
    {
        Sni = sni,
        // GREASE 0x0A0A first, as Chrome does; JA3/JA4 must drop it.
        Ciphers = [0x0A0A, 0x1301, 0x1302, 0x1303, 0xC02B, 0xC02F, 0xC02C, 0xC030, 0xCCA9, 0xCCA8, 0xC013, 0xC014, 0x009C, 0x009D, 0x002F, 0x0035],
        ExtensionOrder = sni is null
            ? [0x1A1A, 0x002D, 0x0033, 0x0010, 0xFE0D, 0x0017, 0x44CD, 0x000B, 0x000A, 0x002B, 0xFF01, 0x0023, 0x0012, 0x0005, 0x000D, 0x001B, 0x2A2A]
            : [0x1A1A, 0x002D, 0x0033, 0x0010, 0xFE0D, 0x0017, 0x44CD, 0x0000, 0x000B, 0x000A, 0x002B, 0xFF01, 0x0023, 0x0012, 0x0005, 0x000D, 0x001B, 0x2A2A],
        Groups = [0x3A3A, 0x11EC, 0x001D, 0x0017, 0x0018],
        PointFormats = [0],
        SignatureAlgorithms = [0x0403, 0x0804, 0x0401, 0x0503, 0x0805, 0x0501, 0x0806, 0x0601],
        Alpn = ["h2", "http/1.1"],
        SupportedVersions = [0x4A4A, 0x0304, 0x0303],
    };
}
