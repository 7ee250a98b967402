using System.Text;

namespace Vigil.Protocols.It.Tls;

/// <summary>
/// Pure readers of ClientHello and ServerHello bodies (the handshake message after its 4-byte
/// type/length header). They return false on anything malformed and never throw.
/// </summary>
public static class TlsHelloReader
{
    private const ushort ServerNameExtension = 0;
    private const ushort SupportedGroupsExtension = 10;
    private const ushort PointFormatsExtension = 11;
    private const ushort SignatureAlgorithmsExtension = 13;
    private const ushort AlpnExtension = 16;
    private const ushort SupportedVersionsExtension = 43;
    private const int MaxHostNameLength = 255;

    /// <summary>
    /// RFC 8446 §4.1.2 (RFC 5246 §7.4.1.2 is the same up to extensions):
    /// <code>
    /// uint16 legacy_version; opaque random[32]; opaque legacy_session_id&lt;0..32&gt;;
    /// CipherSuite cipher_suites&lt;2..2^16-2&gt;; opaque legacy_compression_methods&lt;1..2^8-1&gt;;
    /// Extension extensions&lt;8..2^16-1&gt;;   (absent in old clients)
    /// struct { uint16 extension_type; opaque extension_data&lt;0..2^16-1&gt;; } Extension;
    /// </code>
    /// </summary>
    public static bool TryReadClientHello(ReadOnlySpan<byte> body, out TlsClientHello? hello)
    {
        hello = null;
        var reader = new WireReader(body);
        if (!reader.TryReadUInt16(out var legacyVersion)
            || !reader.TrySkip(32)
            || !reader.TryReadVector8(out var sessionId) || sessionId.Length > 32
            || !reader.TryReadVector16(out var cipherBytes) || cipherBytes.Length % 2 != 0
            || !reader.TryReadVector8(out _))
        {
            return false;
        }
        var ciphers = ReadUInt16List(cipherBytes);
        var extensions = new List<ushort>();
        List<ushort> groups = [], signatures = [], versions = [];
        List<byte> pointFormats = [];
        List<string> alpn = [];
        string? serverName = null;
        if (reader.Remaining > 0)
        {
            if (!reader.TryReadVector16(out var extensionBlock))
            {
                return false;
            }
            var extensionReader = new WireReader(extensionBlock);
            while (extensionReader.Remaining > 0)
            {
                if (!extensionReader.TryReadUInt16(out var type) || !extensionReader.TryReadVector16(out var data))
                {
                    return false;
                }
                extensions.Add(type);
                var ok = type switch
                {
                    ServerNameExtension => TryReadServerName(data, out serverName),
                    SupportedGroupsExtension => TryReadList16(data, groups),
                    PointFormatsExtension => TryReadPointFormats(data, pointFormats),
                    SignatureAlgorithmsExtension => TryReadList16(data, signatures),
                    AlpnExtension => TryReadAlpn(data, alpn),
                    SupportedVersionsExtension => TryReadVersions(data, versions),
                    _ => true,
                };
                if (!ok)
                {
                    return false;
                }
            }
        }
        hello = new TlsClientHello
        {
            LegacyVersion = legacyVersion,
            CipherSuites = ciphers,
            Extensions = extensions,
            SupportedGroups = groups,
            PointFormats = pointFormats,
            SignatureAlgorithms = signatures,
            SupportedVersions = versions,
            ServerName = serverName,
            Alpn = alpn,
        };
        return true;
    }

    /// <summary>
    /// ServerHello: legacy_version, random[32], legacy_session_id_echo&lt;0..32&gt;, cipher_suite,
    /// legacy_compression_method, extensions. The negotiated version is supported_versions'
    /// selected_version when present (TLS 1.3), else legacy_version.
    /// </summary>
    public static bool TryReadServerHello(ReadOnlySpan<byte> body, out ushort version, out ushort cipherSuite)
    {
        version = 0;
        cipherSuite = 0;
        var reader = new WireReader(body);
        if (!reader.TryReadUInt16(out var legacyVersion)
            || !reader.TrySkip(32)
            || !reader.TryReadVector8(out var sessionId) || sessionId.Length > 32
            || !reader.TryReadUInt16(out cipherSuite)
            || !reader.TryReadByte(out _))
        {
            return false;
        }
        version = legacyVersion;
        if (reader.Remaining == 0)
        {
            return true;
        }
        if (!reader.TryReadVector16(out var extensionBlock))
        {
            return false;
        }
        var extensionReader = new WireReader(extensionBlock);
        while (extensionReader.Remaining > 0)
        {
            if (!extensionReader.TryReadUInt16(out var type) || !extensionReader.TryReadVector16(out var data))
            {
                return false;
            }
            if (type == SupportedVersionsExtension && data.Length == 2)
            {
                version = (ushort)(data[0] << 8 | data[1]);
            }
        }
        return true;
    }

    private static List<ushort> ReadUInt16List(ReadOnlySpan<byte> bytes)
    {
        var list = new List<ushort>(bytes.Length / 2);
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            list.Add((ushort)(bytes[i] << 8 | bytes[i + 1]));
        }
        return list;
    }

    private static bool TryReadList16(ReadOnlySpan<byte> data, List<ushort> into)
    {
        var reader = new WireReader(data);
        if (!reader.TryReadVector16(out var list) || list.Length % 2 != 0)
        {
            return false;
        }
        into.AddRange(ReadUInt16List(list));
        return true;
    }

    private static bool TryReadVersions(ReadOnlySpan<byte> data, List<ushort> into)
    {
        var reader = new WireReader(data);
        if (!reader.TryReadVector8(out var list) || list.Length % 2 != 0)
        {
            return false;
        }
        into.AddRange(ReadUInt16List(list));
        return true;
    }

    private static bool TryReadPointFormats(ReadOnlySpan<byte> data, List<byte> into)
    {
        var reader = new WireReader(data);
        if (!reader.TryReadVector8(out var list))
        {
            return false;
        }
        into.AddRange(list);
        return true;
    }

    /// <summary>ProtocolNameList: uint16 length, then entries of uint8 length + name.</summary>
    private static bool TryReadAlpn(ReadOnlySpan<byte> data, List<string> into)
    {
        var reader = new WireReader(data);
        if (!reader.TryReadVector16(out var list))
        {
            return false;
        }
        var entries = new WireReader(list);
        while (entries.Remaining > 0)
        {
            if (!entries.TryReadVector8(out var name))
            {
                return false;
            }
            into.Add(Encoding.Latin1.GetString(name));
        }
        return true;
    }

    /// <summary>ServerNameList: uint16 length, entries of name_type (0 = host_name) + uint16 length + name.</summary>
    private static bool TryReadServerName(ReadOnlySpan<byte> data, out string? hostName)
    {
        hostName = null;
        var reader = new WireReader(data);
        if (!reader.TryReadVector16(out var list))
        {
            return false;
        }
        var entries = new WireReader(list);
        while (entries.Remaining > 0)
        {
            if (!entries.TryReadByte(out var nameType) || !entries.TryReadVector16(out var name))
            {
                return false;
            }
            if (nameType == 0 && hostName is null && name.Length <= MaxHostNameLength)
            {
                hostName = Encoding.Latin1.GetString(name);
            }
        }
        return true;
    }
}
