using System.Text;

namespace Vigil.Simulator.Protocols;

/// <summary>
/// Builds DER X.509 v3 certificates (RFC 5280) with a 2048-bit RSA public key and a sha256WithRSA
/// signature whose bytes come from the seeded generator: structurally real, so Wireshark dissects every
/// field, and byte-identical per seed because no randomized crypto API is involved. Nothing verifies
/// the signature; it only has to look like one.
/// </summary>
public static class X509Builder
{
    private const string Sha256WithRsa = "1.2.840.113549.1.1.11";
    private const string RsaEncryption = "1.2.840.113549.1.1.1";

    /// <summary>The DER encoding of a certificate for <paramref name="spec"/>.</summary>
    public static byte[] Build(CertificateSpec spec, SimRandom random)
    {
        var serial = random.Bytes(16);
        serial[0] &= 0x7F; // positive, as RFC 5280 requires
        var algorithm = Der.Sequence(Der.ObjectIdentifier(Sha256WithRsa), Der.Null());
        var tbs = Der.Sequence(
            Der.Explicit(0, Der.Integer(2)), // version v3
            Der.Integer(serial),
            algorithm,
            spec.Issuer.Encode(),
            Der.Sequence(Der.UtcTime(spec.NotBefore), Der.UtcTime(spec.NotAfter)),
            spec.Subject.Encode(),
            PublicKeyInfo(random),
            Der.Explicit(3, Extensions(spec)));
        var signature = random.Bytes(256);
        signature[0] &= 0x7F;
        return Der.Sequence(tbs, algorithm, Der.BitString(signature));
    }

    private static byte[] PublicKeyInfo(SimRandom random)
    {
        var modulus = random.Bytes(256);
        modulus[0] |= 0x80; // a full 2048-bit modulus
        modulus[^1] |= 0x01; // odd, as a product of two primes is
        var rsaKey = Der.Sequence(Der.Integer(modulus), Der.Integer(65537));
        return Der.Sequence(Der.Sequence(Der.ObjectIdentifier(RsaEncryption), Der.Null()), Der.BitString(rsaKey));
    }

    private static byte[] Extensions(CertificateSpec spec)
    {
        var extensions = new List<byte[]>
        {
            // basicConstraints, critical
            Der.Sequence(Der.ObjectIdentifier("2.5.29.19"), Der.Boolean(true),
                Der.OctetString(spec.IsAuthority ? Der.Sequence(Der.Boolean(true)) : Der.Sequence())),
            // keyUsage, critical: digitalSignature + keyEncipherment, or keyCertSign + cRLSign for a CA
            Der.Sequence(Der.ObjectIdentifier("2.5.29.15"), Der.Boolean(true),
                Der.OctetString(spec.IsAuthority ? Der.Tlv(0x03, [0x01, 0x06]) : Der.Tlv(0x03, [0x05, 0xA0]))),
        };
        if (spec.DnsNames.Count > 0)
        {
            var names = spec.DnsNames.Select(n => Der.Implicit(2, Encoding.ASCII.GetBytes(n))).ToArray();
            extensions.Add(Der.Sequence(Der.ObjectIdentifier("2.5.29.17"), Der.OctetString(Der.Sequence(names))));
        }
        return Der.Sequence([.. extensions]);
    }
}
