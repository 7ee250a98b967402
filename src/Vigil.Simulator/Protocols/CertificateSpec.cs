namespace Vigil.Simulator.Protocols;

/// <summary>What goes into one simulated X.509 v3 certificate.</summary>
/// <param name="Subject">Who the certificate is for.</param>
/// <param name="Issuer">Who signed it; equal to <paramref name="Subject"/> for a self-signed certificate.</param>
/// <param name="NotBefore">Start of validity.</param>
/// <param name="NotAfter">End of validity.</param>
/// <param name="DnsNames">subjectAltName dNSName entries (empty for none).</param>
/// <param name="IsAuthority">Marks a CA certificate (basicConstraints cA=TRUE).</param>
public sealed record CertificateSpec(
    DistinguishedName Subject,
    DistinguishedName Issuer,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    IReadOnlyList<string> DnsNames,
    bool IsAuthority)
{
    /// <summary>True when issuer and subject are the same name.</summary>
    public bool IsSelfSigned => Subject == Issuer;
}
