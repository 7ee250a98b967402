namespace Vigil.Protocols.Facts;

/// <summary>What a TLS handshake revealed: the ClientHello, the ServerHello and (TLS ≤ 1.2) the server certificate.</summary>
public sealed class TlsFacts
{
    /// <summary>True once a ClientHello was parsed.</summary>
    public bool ClientHelloSeen { get; set; }
    /// <summary>The server name indication; null when the ClientHello had none.</summary>
    public string? Sni { get; set; }
    /// <summary>The highest version the client offered (supported_versions or legacy_version), e.g. 0x0303.</summary>
    public ushort ClientVersion { get; set; }
    public List<string> Alpn { get; } = [];
    /// <summary>JA3 fingerprint (MD5 hex of the JA3 string).</summary>
    public string? Ja3 { get; set; }
    /// <summary>JA4 (section a_b_c) fingerprint.</summary>
    public string? Ja4 { get; set; }
    public ushort ServerVersion { get; set; }
    public ushort CipherSuite { get; set; }
    public string? CertificateSubject { get; set; }
    public string? CertificateIssuer { get; set; }
    public DateTimeOffset? CertificateNotBefore { get; set; }
    public DateTimeOffset? CertificateNotAfter { get; set; }
    /// <summary>Subject equals issuer (and, where checkable, the signature verifies with its own key); null when no certificate was seen.</summary>
    public bool? SelfSigned { get; set; }
}
