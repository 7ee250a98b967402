using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Vigil.Protocols.It.Tls;

namespace Vigil.Protocols.Tests.It.Tls;

public sealed class TlsServerTests
{
    [Fact]
    public void Server_hello_gives_version_and_cipher()
    {
        var facts = ItFeed.Whole(new TlsParser(), Direction.FromResponder, TlsBytes.Record(22, TlsBytes.Handshake(2, TlsBytes.ServerHello(0xC02F))));

        Assert.Equal(0x0303, facts.Tls!.ServerVersion);
        Assert.Equal(0xC02F, facts.Tls.CipherSuite);
        Assert.Equal(1, facts.Operations["tls/server_hello"]);
    }

    [Fact]
    public void Tls13_server_hello_reports_the_selected_version()
    {
        var facts = ItFeed.Whole(new TlsParser(), Direction.FromResponder, TlsBytes.Record(22, TlsBytes.Handshake(2, TlsBytes.ServerHello(0x1301, 0x0304))));

        Assert.Equal(0x0304, facts.Tls!.ServerVersion);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Self_signed_certificate_is_recognised(bool ecdsa)
    {
        var der = ecdsa ? SelfSignedEcdsa("CN=evil.example") : SelfSignedRsa("CN=evil.example");

        var facts = FeedServerFlight(der, pieceSize: 97);

        var tls = facts.Tls!;
        Assert.Equal("CN=evil.example", tls.CertificateSubject);
        Assert.Equal("CN=evil.example", tls.CertificateIssuer);
        Assert.True(tls.SelfSigned);
        Assert.Equal(2024, tls.CertificateNotBefore!.Value.Year);
        Assert.Equal(1, facts.Operations["tls/certificate"]);
    }

    [Fact]
    public void Ca_issued_certificate_is_not_self_signed()
    {
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=Test Root CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var ca = caRequest.CreateSelfSigned(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var leafKey = RSA.Create(2048);
        var leafRequest = new CertificateRequest("CN=www.example.com", leafKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var leaf = leafRequest.Create(ca, new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero), [1, 2, 3, 4]);

        var facts = FeedServerFlight(leaf.RawData, pieceSize: 1000, chain: ca.RawData);

        Assert.Equal("CN=www.example.com", facts.Tls!.CertificateSubject);
        Assert.Equal("CN=Test Root CA", facts.Tls.CertificateIssuer);
        Assert.False(facts.Tls.SelfSigned);
    }

    [Fact]
    public void Same_names_but_a_foreign_signature_is_not_self_signed()
    {
        // Issuer and subject both "CN=Mimic", but signed by another key: a CA impersonating a name.
        using var otherKey = RSA.Create(2048);
        var issuer = new CertificateRequest("CN=Mimic", otherKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        issuer.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var issuerCert = issuer.CreateSelfSigned(DateTimeOffset.UnixEpoch.AddYears(54), DateTimeOffset.UnixEpoch.AddYears(60));
        using var leafKey = RSA.Create(2048);
        using var leaf = new CertificateRequest("CN=Mimic", leafKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .Create(issuerCert, DateTimeOffset.UnixEpoch.AddYears(54), DateTimeOffset.UnixEpoch.AddYears(56), [9]);

        var facts = FeedServerFlight(leaf.RawData, pieceSize: 4096);

        Assert.False(facts.Tls!.SelfSigned);
    }

    [Fact]
    public void Garbage_certificate_is_an_anomaly()
    {
        var facts = FeedServerFlight([0x30, 0x82, 0x01, 0x00, 0xDE, 0xAD, 0xBE, 0xEF], pieceSize: 5);

        Assert.Null(facts.Tls!.SelfSigned);
        Assert.Contains(facts.Anomalies, a => a.Kind == "malformed_certificate");
    }

    [Fact]
    public void Encrypted_handshake_after_change_cipher_spec_is_not_parsed()
    {
        var parser = new TlsParser();
        var facts = ItFeed.Whole(parser, Direction.FromResponder, TlsBytes.Record(20, [1]));
        // A "Certificate" that would be garbage if parsed: after CCS it is ciphertext and must be ignored.
        ItFeed.Whole(parser, Direction.FromResponder, TlsBytes.Record(22, TlsBytes.Handshake(11, [0, 0, 4, 1, 2, 3, 4])), facts);

        Assert.Empty(facts.Anomalies);
        Assert.False(facts.Operations.ContainsKey("tls/certificate"));
    }

    /// <summary>ServerHello, Certificate and ServerHelloDone in one record run, delivered in pieces.</summary>
    private static FlowFacts FeedServerFlight(byte[] leafDer, int pieceSize, byte[]? chain = null)
    {
        byte[][] ders = chain is null ? [leafDer] : [leafDer, chain];
        byte[] handshakes =
        [
            .. TlsBytes.Handshake(2, TlsBytes.ServerHello(0xC02F)),
            .. TlsBytes.Handshake(11, TlsBytes.Certificate(ders)),
            .. TlsBytes.Handshake(14, []),
        ];
        // Records carry at most 2000 bytes here, so the Certificate message spans records.
        var records = handshakes.Chunk(2000).SelectMany(c => TlsBytes.Record(22, c)).ToArray();
        return ItFeed.InPieces(new TlsParser(), Direction.FromResponder, records, pieceSize);
    }

    private static byte[] SelfSignedRsa(string subject)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2034, 3, 1, 0, 0, 0, TimeSpan.Zero));
        return certificate.RawData;
    }

    private static byte[] SelfSignedEcdsa(string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2034, 3, 1, 0, 0, 0, TimeSpan.Zero));
        return certificate.RawData;
    }
}
