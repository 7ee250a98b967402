using System.Security.Cryptography.X509Certificates;
using Vigil.Simulator.Protocols;

namespace Vigil.Simulator.Tests.Protocols;

public sealed class X509BuilderTests
{
    private static readonly DistinguishedName C2 = new("AU", "Internet Widgits Pty Ltd", "203.0.113.9");
    private static readonly DateTimeOffset Start = new(2024, 4, 22, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Certificates_are_byte_identical_per_seed_and_differ_across_seeds()
    {
        var spec = new CertificateSpec(C2, C2, Start, Start.AddYears(1), [], false);
        Assert.Equal(X509Builder.Build(spec, new SimRandom(5)), X509Builder.Build(spec, new SimRandom(5)));
        Assert.NotEqual(X509Builder.Build(spec, new SimRandom(5)), X509Builder.Build(spec, new SimRandom(6)));
    }

    [Fact]
    public void A_self_signed_certificate_parses_with_issuer_equal_to_subject()
    {
        var der = X509Builder.Build(new CertificateSpec(C2, C2, Start, Start.AddYears(1), [], false), new SimRandom(1));
        using var certificate = X509CertificateLoader.LoadCertificate(der);
        Assert.Equal(certificate.Subject, certificate.Issuer);
        Assert.Contains("CN=203.0.113.9", certificate.Subject, StringComparison.Ordinal);
        Assert.Equal(2048, certificate.PublicKey.GetRSAPublicKey()!.KeySize);
    }

    [Fact]
    public void A_site_certificate_carries_its_name_and_its_issuer()
    {
        var issuer = new DistinguishedName("US", "Let's Encrypt", "R3");
        var leaf = new DistinguishedName("US", "siemens Inc", "www.siemens.com");
        var der = X509Builder.Build(new CertificateSpec(leaf, issuer, Start, Start.AddDays(90), ["www.siemens.com"], false), new SimRandom(1));
        using var certificate = X509CertificateLoader.LoadCertificate(der);
        Assert.Contains("CN=R3", certificate.Issuer, StringComparison.Ordinal);
        Assert.Equal("www.siemens.com", certificate.GetNameInfo(X509NameType.DnsName, false));
        Assert.Equal(Start.UtcDateTime, certificate.NotBefore.ToUniversalTime());
    }
}
