using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Vigil.Protocols.Facts;

namespace Vigil.Protocols.It.Tls;

/// <summary>
/// Reads the server's leaf certificate (DER) into <see cref="TlsFacts"/>: subject, issuer,
/// validity and whether it is self-signed. The BCL parser throws on garbage, so every call is
/// wrapped; it allocates, so the TLS parser calls this at most once per flow.
/// </summary>
public static class TlsCertificateInspector
{
    /// <summary>Fills the certificate facts; false when the bytes are not a certificate.</summary>
    public static bool TryInspect(ReadOnlySpan<byte> der, TlsFacts facts)
    {
        try
        {
            using var certificate = X509CertificateLoader.LoadCertificate(der);
            facts.CertificateSubject = certificate.Subject;
            facts.CertificateIssuer = certificate.Issuer;
            facts.CertificateNotBefore = new DateTimeOffset(certificate.NotBefore.ToUniversalTime());
            facts.CertificateNotAfter = new DateTimeOffset(certificate.NotAfter.ToUniversalTime());
            var sameName = certificate.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData);
            facts.SelfSigned = sameName && SignatureVerifiesWithOwnKey(certificate, der) != false;
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <summary>
    /// Certificate ::= SEQUENCE { tbsCertificate TBSCertificate, signatureAlgorithm
    /// AlgorithmIdentifier, signatureValue BIT STRING } (RFC 5280 §4.1). Checks the signature
    /// over the raw TBSCertificate with the certificate's own RSA (PKCS#1 v1.5) or ECDSA key;
    /// null when the algorithm is one we do not check cheaply (RSA-PSS, EdDSA, …).
    /// </summary>
    private static bool? SignatureVerifiesWithOwnKey(X509Certificate2 certificate, ReadOnlySpan<byte> der)
    {
        try
        {
            const AsnEncodingRules Der = AsnEncodingRules.DER;
            AsnDecoder.ReadSequence(der, Der, out var contentOffset, out var contentLength, out _);
            var content = der.Slice(contentOffset, contentLength);
            AsnDecoder.ReadEncodedValue(content, Der, out _, out _, out var tbsLength);
            var tbs = content[..tbsLength];
            var rest = content[tbsLength..];
            AsnDecoder.ReadSequence(rest, Der, out var algorithmOffset, out var algorithmLength, out var algorithmConsumed);
            var oid = AsnDecoder.ReadObjectIdentifier(rest.Slice(algorithmOffset, algorithmLength), Der, out _);
            var signature = AsnDecoder.ReadBitString(rest[algorithmConsumed..], Der, out _, out _);
            return oid switch
            {
                "1.2.840.113549.1.1.5" => VerifyRsa(certificate, tbs, signature, HashAlgorithmName.SHA1),
                "1.2.840.113549.1.1.11" => VerifyRsa(certificate, tbs, signature, HashAlgorithmName.SHA256),
                "1.2.840.113549.1.1.12" => VerifyRsa(certificate, tbs, signature, HashAlgorithmName.SHA384),
                "1.2.840.113549.1.1.13" => VerifyRsa(certificate, tbs, signature, HashAlgorithmName.SHA512),
                "1.2.840.10045.4.1" => VerifyEcdsa(certificate, tbs, signature, HashAlgorithmName.SHA1),
                "1.2.840.10045.4.3.2" => VerifyEcdsa(certificate, tbs, signature, HashAlgorithmName.SHA256),
                "1.2.840.10045.4.3.3" => VerifyEcdsa(certificate, tbs, signature, HashAlgorithmName.SHA384),
                "1.2.840.10045.4.3.4" => VerifyEcdsa(certificate, tbs, signature, HashAlgorithmName.SHA512),
                _ => null,
            };
        }
        catch (AsnContentException)
        {
            return false;
        }
    }

    private static bool? VerifyRsa(X509Certificate2 certificate, ReadOnlySpan<byte> tbs, ReadOnlySpan<byte> signature, HashAlgorithmName hash)
    {
        using var key = certificate.GetRSAPublicKey();
        return key?.VerifyData(tbs, signature, hash, RSASignaturePadding.Pkcs1);
    }

    private static bool? VerifyEcdsa(X509Certificate2 certificate, ReadOnlySpan<byte> tbs, ReadOnlySpan<byte> signature, HashAlgorithmName hash)
    {
        using var key = certificate.GetECDsaPublicKey();
        return key?.VerifyData(tbs, signature, hash, DSASignatureFormat.Rfc3279DerSequence);
    }
}
