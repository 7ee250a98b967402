namespace Vigil.Contracts.Flows;

/// <summary>The TLS handshake facts of a flow.</summary>
[GenerateSerializer, Immutable, Alias("vigil.tls-summary")]
public sealed record TlsSummary
{
    [Id(0)] public bool ClientHello { get; init; }
    /// <summary>Null when the ClientHello carried no server name.</summary>
    [Id(1)] public string? Sni { get; init; }
    [Id(2)] public string? Ja3 { get; init; }
    [Id(3)] public string? CertificateSubject { get; init; }
    [Id(4)] public string? CertificateIssuer { get; init; }
    /// <summary>Null when no certificate was seen (TLS 1.3 hides it).</summary>
    [Id(5)] public bool? SelfSigned { get; init; }
    [Id(6)] public string? Ja4 { get; init; }
}
