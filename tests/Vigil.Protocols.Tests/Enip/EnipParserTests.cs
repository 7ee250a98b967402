using Vigil.Protocols.Enip;
using static Vigil.Protocols.Tests.Harness.Bytes;

namespace Vigil.Protocols.Tests.Enip;

public class EnipParserTests
{
    // Encapsulation: command 0065 (LE 65 00), length 0004, session 0, status 0, context 8 bytes, options 0
    // | protocol version 0001, options 0000
    private const string RegisterSession = "65 00 04 00 00000000 00000000 0000000000000000 00000000 | 01 00 00 00";

    [Fact]
    public void Counts_commands_from_the_originator()
    {
        var facts = Run(new EnipParser(), Req(RegisterSession), Resp(RegisterSession));

        Assert.Equal(new Dictionary<string, int> { ["enip/101"] = 1 }, facts.Operations);
    }

    [Fact]
    public void Unconnected_send_counts_itself_and_the_embedded_request()
    {
        // Embedded: Get Attribute Single (0E), path 3 words: 20 01 (class 1) 24 01 (instance 1) 30 07 (attribute 7)
        var embedded = "0E 03 20 01 24 01 30 07";
        // Unconnected Send 52, path 2 words 20 06 24 01 (Connection Manager), tick 0A, timeout F0, size 0008,
        // embedded, route path size 01, reserved 00, port 1 slot 0
        var cip = $"52 02 20 06 24 01 0A F0 08 00 {embedded} 01 00 01 00";
        // SendRRData data: interface 00000000, timeout 0000, CPF: 2 items: null address (0000, len 0),
        // unconnected data (B2 00, len 0x16)
        var data = $"00000000 0000 | 02 00 | 00 00 00 00 | B2 00 16 00 | {cip}";
        var header = "6F 00 26 00 01000000 00000000 0000000000000000 00000000";
        var facts = Run(new EnipParser(), Req(header + data));

        Assert.Equal(1, facts.Operations["enip/111"]);
        Assert.Equal(1, facts.Operations["cip/82"]);
        Assert.Equal(1, facts.Operations["cip/class/6"]);
        Assert.Equal(1, facts.Operations["cip/14"]);
        Assert.Equal(1, facts.Operations["cip/class/1"]);
        Assert.Empty(facts.Anomalies);
    }

    [Fact]
    public void List_identity_reply_fills_identity()
    {
        // Identity item: version 0001 | sockaddr (family 0002, port AF12, 192.168.1.10, zero 8)
        // | vendor 0001 | device type 000E | product code 0036 | revision 14.11 | status 0030
        // | serial 6012ABCD | name length 0E "1756-L61/B LOGIX" truncated to 14 | state 03
        var item = "01 00 | 00 02 AF 12 C0 A8 01 0A 00 00 00 00 00 00 00 00 | 01 00 | 0E 00 | 36 00 | 0E 0B | 30 00 | CD AB 12 60 | 0E 31 37 35 36 2D 4C 36 31 2F 42 20 4C 4F 47 | 03";
        var cpf = $"01 00 | 0C 00 30 00 | {item}";
        var facts = Run(new EnipParser(),
            Req("63 00 00 00 00000000 00000000 0000000000000000 00000000"),
            Resp("63 00 36 00 00000000 00000000 0000000000000000 00000000" + cpf));

        Assert.Equal(1, facts.Operations["enip/99"]);
        Assert.Equal("enip", facts.ResponderIdentity?.Source);
        Assert.Equal("1756-L61/B LOG", facts.ResponderIdentity?.Product);
        Assert.Equal("14.11", facts.ResponderIdentity?.Version);
        Assert.Equal("0x6012abcd", facts.ResponderIdentity?.Serial);
    }

    [Fact]
    public void Unknown_command_is_malformed()
    {
        var facts = Run(new EnipParser(), Req("99 99 00 00 00000000 00000000 0000000000000000 00000000"));

        Assert.Contains(facts.Anomalies, a => a.Kind == "malformed_frame");
    }

    [Fact]
    public void Path_reader_handles_16_bit_segments_and_symbols()
    {
        // 21 00 F5 00 (class 0x00F5, 16-bit) | 25 00 01 00 (instance 1, 16-bit) | 91 03 'a' 'b' 'c' 00 (symbol, padded)
        Assert.True(CipPathReader.TryRead(Hex("21 00 F5 00 25 00 01 00 91 03 61 62 63 00"), out var path));
        Assert.Equal(new CipPath(0xF5, 1, null), path);
        Assert.False(CipPathReader.TryRead(Hex("21 00 F5"), out _));
    }
}
