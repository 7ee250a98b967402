namespace Vigil.Simulator.Protocols;

/// <summary>The X.500 name of a certificate subject or issuer: country, organization, common name.</summary>
public sealed record DistinguishedName(string Country, string Organization, string CommonName)
{
    /// <summary>DER Name: a SEQUENCE of single-attribute RDN SETs, in C, O, CN order.</summary>
    public byte[] Encode() => Der.Sequence(
        Der.Set(Der.Sequence(Der.ObjectIdentifier("2.5.4.6"), Der.PrintableString(Country))),
        Der.Set(Der.Sequence(Der.ObjectIdentifier("2.5.4.10"), Der.Utf8String(Organization))),
        Der.Set(Der.Sequence(Der.ObjectIdentifier("2.5.4.3"), Der.Utf8String(CommonName))));
}
