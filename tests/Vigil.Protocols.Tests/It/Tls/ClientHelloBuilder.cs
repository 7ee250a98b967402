using System.Buffers.Binary;
using System.Text;

namespace Vigil.Protocols.Tests.It.Tls;

/// <summary>
/// Builds TLS handshake bytes for tests, field by field as RFC 8446 lays them out, so each
/// fixture states what it contains instead of being an opaque hex dump.
/// </summary>
internal sealed class ClientHelloBuilder
{
    public ushort LegacyVersion { get; init; } = 0x0303;
    public ushort[] Ciphers { get; init; } = [0x1301, 0x1302, 0xC02F];
    public string? Sni { get; init; }
    public string[] Alpn { get; init; } = [];
    public ushort[] Groups { get; init; } = [];
    public byte[] PointFormats { get; init; } = [];
    public ushort[] SignatureAlgorithms { get; init; } = [];
    public ushort[] SupportedVersions { get; init; } = [];

    /// <summary>Extension types in wire order; those with known bodies get them, others are empty (or GREASE).</summary>
    public ushort[] ExtensionOrder { get; init; } = [];

    public byte[] Body()
    {
        var body = new List<byte>();
        U16(body, LegacyVersion);
        body.AddRange(new byte[32]);                         // random
        body.Add(32);                                        // legacy_session_id length
        body.AddRange(Enumerable.Repeat((byte)0x5A, 32));    // legacy_session_id
        U16(body, (ushort)(Ciphers.Length * 2));             // cipher_suites length
        foreach (var cipher in Ciphers)
        {
            U16(body, cipher);
        }
        body.Add(1);                                         // compression methods length
        body.Add(0);                                         // null compression
        var extensions = new List<byte>();
        foreach (var type in ExtensionOrder)
        {
            var data = ExtensionData(type);
            U16(extensions, type);
            U16(extensions, (ushort)data.Count);
            extensions.AddRange(data);
        }
        U16(body, (ushort)extensions.Count);
        body.AddRange(extensions);
        return [.. body];
    }

    /// <summary>The ClientHello as a handshake message (type 1, 24-bit length) inside one record.</summary>
    public byte[] Record() => TlsBytes.Record(22, TlsBytes.Handshake(1, Body()));

    private List<byte> ExtensionData(ushort type)
    {
        var data = new List<byte>();
        switch (type)
        {
            case 0x0000 when Sni is not null:                // server_name: list length, type 0, name length, name
                var name = Encoding.ASCII.GetBytes(Sni);
                U16(data, (ushort)(name.Length + 3));
                data.Add(0);
                U16(data, (ushort)name.Length);
                data.AddRange(name);
                break;
            case 0x000A:                                     // supported_groups: list length, groups
                U16(data, (ushort)(Groups.Length * 2));
                Groups.ToList().ForEach(g => U16(data, g));
                break;
            case 0x000B:                                     // ec_point_formats: 1-byte length, formats
                data.Add((byte)PointFormats.Length);
                data.AddRange(PointFormats);
                break;
            case 0x000D:                                     // signature_algorithms: list length, schemes
                U16(data, (ushort)(SignatureAlgorithms.Length * 2));
                SignatureAlgorithms.ToList().ForEach(s => U16(data, s));
                break;
            case 0x0010:                                     // ALPN: list length, then 1-byte length + name each
                var names = Alpn.Select(Encoding.ASCII.GetBytes).ToList();
                U16(data, (ushort)names.Sum(n => n.Length + 1));
                names.ForEach(n => { data.Add((byte)n.Length); data.AddRange(n); });
                break;
            case 0x002B:                                     // supported_versions: 1-byte length, versions
                data.Add((byte)(SupportedVersions.Length * 2));
                SupportedVersions.ToList().ForEach(v => U16(data, v));
                break;
        }
        return data;
    }

    private static void U16(List<byte> list, ushort value)
    {
        list.Add((byte)(value >> 8));
        list.Add((byte)value);
    }
}
