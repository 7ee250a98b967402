using Vigil.Protocols.Iso;
using static Vigil.Protocols.Tests.Harness.Bytes;
using static Vigil.Protocols.Tests.S7.S7Fixtures;

namespace Vigil.Protocols.Tests.S7;

public class IsoTransportParserTests
{
    [Fact]
    public void Counts_jobs_pi_services_and_szl_reads()
    {
        var facts = Run(new IsoTransportParser(),
            Req(ConnectRequest), Req(SetupCommunication), Req(SzlRead0011), Req(PlcStop), Req(PlcStart));

        Assert.Equal("s7comm", facts.Service);
        Assert.Equal(1, facts.Operations["s7comm/job/240"]);
        Assert.Equal(1, facts.Operations["s7comm/job/41"]);
        Assert.Equal(1, facts.Operations["s7comm/job/40"]);
        Assert.Equal(1, facts.Operations["s7comm/pi/P_PROGRAM"]);
        Assert.Equal(1, facts.Operations["s7comm/userdata/4/1"]);
        Assert.Equal(1, facts.Operations["s7comm/szl/17"]);
        Assert.Empty(facts.Anomalies);
    }

    [Fact]
    public void Szl_0011_reply_fills_identity()
    {
        var facts = Run(new IsoTransportParser(), Req(SzlRead0011), (Direction.FromResponder, SzlReply0011()));

        Assert.Equal("Siemens", facts.ResponderIdentity?.Vendor);
        Assert.Equal("6ES7 315-2EH14-0AB0", facts.ResponderIdentity?.Product);
    }

    [Fact]
    public void Tpkt_split_byte_by_byte_still_parses()
    {
        var parser = new IsoTransportParser();
        var facts = new FlowFacts();
        foreach (var b in Hex(SetupCommunication))
        {
            parser.Feed(Direction.FromOriginator, [b], 1, facts);
        }

        Assert.Equal(1, facts.Operations["s7comm/job/240"]);
        Assert.Equal(0, parser.BufferedBytes);
    }

    [Fact]
    public void Cotp_dt_fragments_are_reassembled_until_eot()
    {
        var pdu = Hex(SetupCommunication)[7..];          // the S7 PDU alone
        byte[] first = [0x02, 0xF0, 0x00, .. pdu[..6]];   // DT without EOT
        byte[] last = [0x02, 0xF0, 0x80, .. pdu[6..]];    // DT with EOT
        var facts = Run(new IsoTransportParser(),
            (Direction.FromOriginator, S7Fixtures.Tpkt(first)), (Direction.FromOriginator, S7Fixtures.Tpkt(last)));

        Assert.Equal(1, facts.Operations["s7comm/job/240"]);
    }

    [Fact]
    public void S7comm_plus_requests_count_opcode_and_function()
    {
        // 72 | version 01 | data length 000C | opcode 31 (request) | reserved 0000 | function 04CA (CreateObject) | reserved 0000 | seq 0001 | ...
        var facts = Run(new IsoTransportParser(),
            Req("03 00 00 18 | 02 F0 80 | 72 01 00 0C | 31 00 00 04 CA 00 00 00 01 00 00 00 00"));

        Assert.Equal("s7commplus", facts.Service);
        Assert.Equal(1, facts.Operations["s7commplus/49/1226"]);
    }

    [Fact]
    public void Mms_read_request_through_session_and_presentation()
    {
        // Session: Give Tokens 01 00, Data Transfer 01 00 | presentation: 61 len (fully encoded)
        // 30 len (PDV list) 02 01 03 (context id 3) A0 len (single ASN.1) | MMS: A0 len (confirmed request)
        // 02 01 07 (invoke id 7) A4 03 A1 01 00 (read, variable access spec elided)
        var facts = Run(new IsoTransportParser(),
            Req("03 00 00 20 | 02 F0 80 | 01 00 01 00 | 61 13 30 11 02 01 03 A0 0C | A0 0A 02 01 07 A4 05 A1 03 80 01 00"));

        Assert.Equal("mms", facts.Service);
        Assert.Equal(1, facts.Operations["mms/4"]);
    }

    [Fact]
    public void Bad_tpkt_version_is_an_anomaly()
    {
        var facts = Run(new IsoTransportParser(), Req("04 00 00 07 02 F0 80"));

        Assert.Contains(facts.Anomalies, a => a.Kind == "malformed_frame");
        Assert.Empty(facts.Operations);
    }
}
