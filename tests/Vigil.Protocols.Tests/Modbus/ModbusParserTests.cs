using Vigil.Protocols.Modbus;
using static Vigil.Protocols.Tests.Harness.Bytes;

namespace Vigil.Protocols.Tests.Modbus;

public class ModbusParserTests
{
    // MBAP: tid(2) pid(2)=0 len(2) uid(1) | fc(1) data
    private const string ReadHoldingRequest = "00 01 00 00 00 06 01 | 03 00 00 00 0A";   // fc 3, start 0, count 10
    private const string ReadHoldingResponse = "00 01 00 00 00 05 01 | 03 02 00 2A";    // byte count 2, value 42

    [Fact]
    public void Counts_requests_by_function_code_and_not_responses()
    {
        var facts = Run(new ModbusParser(), Req(Clean(ReadHoldingRequest)), Resp(Clean(ReadHoldingResponse)));

        Assert.Equal(new Dictionary<string, int> { ["modbus/3"] = 1 }, facts.Operations);
        Assert.Empty(facts.Anomalies);
    }

    [Fact]
    public void Reassembles_an_adu_split_across_segments_and_two_adus_in_one()
    {
        // Write Multiple Registers: fc 16, start 1, count 2, byte count 4, values.
        var write = Hex("00 02 00 00 00 0B 01 10 00 01 00 02 04 00 0A 00 0B");
        var read = Hex(Clean(ReadHoldingRequest));
        var facts = Run(new ModbusParser(),
            (Direction.FromOriginator, write[..5]),
            (Direction.FromOriginator, [.. write[5..], .. read]));

        Assert.Equal(1, facts.Operations["modbus/16"]);
        Assert.Equal(1, facts.Operations["modbus/3"]);
    }

    [Fact]
    public void Exception_responses_are_counted_apart_from_requests()
    {
        // fc 0x83 = exception to fc 3, exception code 2 (illegal data address).
        var facts = Run(new ModbusParser(), Req(Clean(ReadHoldingRequest)), Resp("00 01 00 00 00 03 01 83 02"));

        Assert.Equal(1, facts.Operations["modbus_exception/2"]);
        Assert.False(facts.Operations.ContainsKey("modbus/131"));
    }

    [Fact]
    public void Read_device_identification_counts_mei_and_fills_identity()
    {
        // Request: fc 43, MEI 14, read code 1 (basic), object 0.
        var request = "00 03 00 00 00 05 01 2B 0E 01 00";
        // Response: fc 43, MEI 14, code 1, conformity 01, more 00, next 00, 3 objects:
        // 0 "Acme" (vendor), 1 "PLC-9" (product code), 2 "V2.1" (revision). Length = 1 + 7 + 6 + 7 + 6 = 27 = 0x1B.
        var response = "00 03 00 00 00 1B 01 2B 0E 01 01 00 00 03 00 04 41 63 6D 65 01 05 50 4C 43 2D 39 02 04 56 32 2E 31";
        var facts = Run(new ModbusParser(), Req(request), Resp(response));

        Assert.Equal(1, facts.Operations["modbus/43"]);
        Assert.Equal(1, facts.Operations["mei/14"]);
        Assert.Equal("modbus", facts.ResponderIdentity?.Source);
        Assert.Equal("Acme", facts.ResponderIdentity?.Vendor);
        Assert.Equal("PLC-9", facts.ResponderIdentity?.Product);
        Assert.Equal("V2.1", facts.ResponderIdentity?.Version);
    }

    [Fact]
    public void Umas_requests_count_the_sub_function()
    {
        // fc 90 (0x5A), pairing key 0, UMAS 0x41 = stop PLC.
        var facts = Run(new ModbusParser(), Req("00 04 00 00 00 04 01 5A 00 41"));

        Assert.Equal(1, facts.Operations["modbus/90"]);
        Assert.Equal(1, facts.Operations["umas/65"]);
    }

    [Fact]
    public void Broken_mbap_becomes_an_anomaly_and_the_next_segment_parses()
    {
        // Protocol id 0x1234 breaks the MBAP invariant; then a good request in the next segment.
        var facts = Run(new ModbusParser(), Req("00 01 12 34 00 06 01 03 00 00 00 01"), Req(Clean(ReadHoldingRequest)));

        Assert.Contains(facts.Anomalies, a => a.Kind == "malformed_frame");
        Assert.Equal(1, facts.Operations["modbus/3"]);
    }

    [Fact]
    public void Length_outside_2_to_254_is_malformed()
    {
        Assert.Equal(Framing.FrameStatus.Malformed, MbapReader.ReadLength(Hex("00 01 00 00 00 01 01"), out _));
        Assert.Equal(Framing.FrameStatus.Malformed, MbapReader.ReadLength(Hex("00 01 00 00 00 FF 01"), out _));
        Assert.Equal(Framing.FrameStatus.NeedMoreData, MbapReader.ReadLength(Hex("00 01 00"), out _));
    }

    private static string Clean(string fixture) => fixture.Replace("|", " ", StringComparison.Ordinal);
}
