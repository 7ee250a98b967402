namespace Vigil.Protocols.It.Tls;

/// <summary>
/// The fields of a TLS ClientHello that fingerprints and alerts use, in wire order and with
/// GREASE values kept (the fingerprint code drops them, as JA3 and JA4 each specify).
/// </summary>
public sealed class TlsClientHello
{
    /// <summary>The legacy_version field (0x0303 even for TLS 1.3 clients).</summary>
    public ushort LegacyVersion { get; init; }

    public IReadOnlyList<ushort> CipherSuites { get; init; } = [];

    /// <summary>Extension types in the order they appear.</summary>
    public IReadOnlyList<ushort> Extensions { get; init; } = [];

    /// <summary>supported_groups (formerly elliptic_curves), extension 10.</summary>
    public IReadOnlyList<ushort> SupportedGroups { get; init; } = [];

    /// <summary>ec_point_formats, extension 11.</summary>
    public IReadOnlyList<byte> PointFormats { get; init; } = [];

    /// <summary>signature_algorithms, extension 13, in wire order.</summary>
    public IReadOnlyList<ushort> SignatureAlgorithms { get; init; } = [];

    /// <summary>supported_versions, extension 43.</summary>
    public IReadOnlyList<ushort> SupportedVersions { get; init; } = [];

    /// <summary>The host_name of server_name (extension 0); null when absent.</summary>
    public string? ServerName { get; init; }

    /// <summary>ALPN protocol names (extension 16), in order.</summary>
    public IReadOnlyList<string> Alpn { get; init; } = [];

    /// <summary>The highest non-GREASE version offered: from supported_versions when present, else legacy_version.</summary>
    public ushort HighestVersion
    {
        get
        {
            ushort highest = 0;
            foreach (var version in SupportedVersions)
            {
                if (!TlsGrease.IsGrease(version) && version > highest)
                {
                    highest = version;
                }
            }
            return highest != 0 ? highest : LegacyVersion;
        }
    }
}
