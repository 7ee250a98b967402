using Vigil.Protocols.OpcUa;
using static Vigil.Protocols.Tests.Harness.Bytes;

namespace Vigil.Protocols.Tests.OpcUa;

public class OpcUaParserTests
{
    [Fact]
    public void Counts_open_and_read_requests_with_policy_none()
    {
        // HEL F size 0x20 | version 0, buffers, max message, max chunks (no endpoint url: -1)
        var hello = "48 45 4C 46 20 00 00 00 | 00000000 00000100 00000100 00000000 00000000 FFFFFFFF";
        // OPN F size | channel 0 | policy uri (len 0x2F) "http://opcfoundation.org/UA/SecurityPolicy#None"
        // | certificate -1 | thumbprint -1 | seq 1 | request 1 | NodeId 01 00 BE 01 (446 OpenSecureChannelRequest)
        var policy = "687474703A2F2F6F7063666F756E646174696F6E2E6F72672F55412F5365637572697479506F6C696379234E6F6E65";
        var open = $"4F 50 4E 46 53 00 00 00 | 00000000 | 2F 00 00 00 {policy} | FFFFFFFF | FFFFFFFF | 01000000 | 01000000 | 01 00 BE 01";
        // MSG F size 0x1C | channel 1 | token 1 | seq 2 | request 2 | NodeId 01 00 77 02 (631 ReadRequest)
        var read = "4D 53 47 46 1C 00 00 00 | 01000000 | 01000000 | 02000000 | 02000000 | 01 00 77 02";
        var facts = Run(new OpcUaParser(), Req(hello), Req(open), Req(read));

        Assert.Equal(1, facts.Operations["opcua/446"]);
        Assert.Equal(1, facts.Operations["opcua/631"]);
        Assert.Empty(facts.Anomalies);
    }

    [Fact]
    public void Continuation_chunks_are_not_counted_again()
    {
        var first = "4D 53 47 43 1C 00 00 00 | 01000000 | 01000000 | 02000000 | 02000000 | 01 00 A1 02"; // 'C', Write (673)
        var last = "4D 53 47 46 18 00 00 00 | 01000000 | 01000000 | 03000000 | 02000000";             // 'F' rest of body
        var facts = Run(new OpcUaParser(), Req(first), Req(last));

        Assert.Equal(new Dictionary<string, int> { ["opcua/673"] = 1 }, facts.Operations);
    }

    [Fact]
    public void Unknown_message_type_is_malformed()
    {
        Assert.Equal(Framing.FrameStatus.Malformed, OpcUaReader.ReadLength(Hex("58 58 58 46 10 00 00 00"), out _));
    }
}
