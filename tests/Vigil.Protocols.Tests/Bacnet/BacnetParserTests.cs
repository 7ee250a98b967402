using Vigil.Protocols.Bacnet;
using static Vigil.Protocols.Tests.Harness.Bytes;

namespace Vigil.Protocols.Tests.Bacnet;

public class BacnetParserTests
{
    [Fact]
    public void Who_is_broadcast_through_a_router()
    {
        // BVLC 81 0B (Original-Broadcast) length 000C | NPDU 01, control 20 (DNET), DNET FFFF, DLEN 00,
        // hop count FF | APDU 10 (unconfirmed) 08 (Who-Is)
        var facts = Run(new BacnetParser(), Req("81 0B 00 0C | 01 20 FF FF 00 FF | 10 08"));

        Assert.Equal(1, facts.Operations["bacnet/unconfirmed/8"]);
    }

    [Fact]
    public void Confirmed_write_property_and_a_forwarded_npdu()
    {
        // BVLC 81 0A length 0011 | NPDU 01 04 (expecting reply) | APDU 00 (confirmed) 05 (max) 01 (invoke)
        // 0F (WriteProperty) | object id, property, value elided: 0C 00 00 00 01 19
        var write = "81 0A 00 11 | 01 04 | 00 05 01 0F | 0C 02 00 00 01 19 55";
        // Forwarded-NPDU 81 04 length 0013, origin 0A000001:BAC0 | NPDU 01 00 | 10 08 Who-Is... as ReadProperty (0C)
        var forwarded = "81 04 00 13 | 0A 00 00 01 BA C0 | 01 00 | 00 05 02 0C 0C 02 00";
        var facts = Run(new BacnetParser(), Req(write), Req(forwarded));

        Assert.Equal(1, facts.Operations["bacnet/confirmed/15"]);
        Assert.Equal(1, facts.Operations["bacnet/confirmed/12"]);
        Assert.Empty(facts.Anomalies);
    }

    [Fact]
    public void Segmented_request_counts_once_on_its_first_segment()
    {
        // APDU 0C = confirmed, SEG + MOR; max 05; invoke 01; seq nr; window 04; service 10 (WritePropertyMultiple)
        var facts = Run(new BacnetParser(),
            Req("81 0A 00 0D | 01 00 | 0C 05 01 00 04 10 AA"),
            Req("81 0A 00 0D | 01 00 | 0C 05 01 01 04 10 BB"));

        Assert.Equal(1, facts.Operations["bacnet/confirmed/16"]);
    }

    [Fact]
    public void Length_that_disagrees_with_the_datagram_is_an_anomaly()
    {
        var facts = Run(new BacnetParser(), Req("81 0A 00 40 01 00 10 08"));

        Assert.Contains(facts.Anomalies, a => a.Kind == "malformed_bvlc");
        Assert.False(BvlcReader.Looks(Direction.FromOriginator, Hex("81 0A 00 40 01 00 10 08")));
    }
}
