using Vigil.Simulator.Protocols;

namespace Vigil.Simulator.Tests.Protocols;

public sealed class DerTests
{
    [Fact]
    public void Object_identifier_uses_base_128_arcs()
    {
        // sha256WithRSAEncryption, as every certificate carries it.
        Assert.Equal([0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x0B], Der.ObjectIdentifier("1.2.840.113549.1.1.11"));
    }

    [Fact]
    public void Integer_gets_a_leading_zero_when_the_top_bit_is_set()
    {
        Assert.Equal([0x02, 0x02, 0x00, 0x80], Der.Integer([0x80]));
        Assert.Equal([0x02, 0x03, 0x01, 0x00, 0x01], Der.Integer(65537));
    }

    [Fact]
    public void Long_lengths_use_the_long_form()
    {
        var encoded = Der.OctetString(new byte[300]);
        Assert.Equal([0x04, 0x82, 0x01, 0x2C], encoded.AsSpan(0, 4).ToArray());
    }
}
