namespace Vigil.Protocols.Tests.It.Tls;

/// <summary>Record and handshake framing for test fixtures.</summary>
internal static class TlsBytes
{
    /// <summary>| type (1) | version 3.3 (2) | length (2) | fragment |</summary>
    public static byte[] Record(byte type, byte[] fragment) =>
        [type, 0x03, 0x03, (byte)(fragment.Length >> 8), (byte)fragment.Length, .. fragment];

    /// <summary>| msg_type (1) | length (3) | body |</summary>
    public static byte[] Handshake(byte type, byte[] body) =>
        [type, (byte)(body.Length >> 16), (byte)(body.Length >> 8), (byte)body.Length, .. body];

    /// <summary>A ServerHello body: version, random, empty session id, cipher, null compression, optional supported_versions.</summary>
    public static byte[] ServerHello(ushort cipher, ushort? selectedVersion = null)
    {
        byte[] head = [0x03, 0x03, .. new byte[32], 0x00, (byte)(cipher >> 8), (byte)cipher, 0x00];
        return selectedVersion is { } v
            ? [.. head, 0x00, 0x06, 0x00, 0x2B, 0x00, 0x02, (byte)(v >> 8), (byte)v]
            : head;
    }

    /// <summary>A Certificate body: 24-bit list length, then 24-bit length + DER per certificate.</summary>
    public static byte[] Certificate(params byte[][] ders)
    {
        var entries = ders.SelectMany(d => new byte[] { (byte)(d.Length >> 16), (byte)(d.Length >> 8), (byte)d.Length }.Concat(d)).ToArray();
        return [(byte)(entries.Length >> 16), (byte)(entries.Length >> 8), (byte)entries.Length, .. entries];
    }
}
