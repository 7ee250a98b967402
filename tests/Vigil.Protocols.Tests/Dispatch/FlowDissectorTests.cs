using System.Text;
using Vigil.Capture.Decoding;
using static Vigil.Protocols.Tests.Harness.Bytes;

namespace Vigil.Protocols.Tests.Dispatch;

public class FlowDissectorTests
{
    [Fact]
    public void Port_502_picks_modbus()
    {
        var dissector = new FlowDissector(TransportProtocol.Tcp, 50000, 502);
        dissector.Feed(Direction.FromOriginator, Hex("00 01 00 00 00 06 01 05 00 01 FF 00"), 1);

        Assert.Equal("modbus", dissector.Facts.Service);
        Assert.Equal(1, dissector.Facts.Operations["modbus/5"]);
        Assert.Empty(dissector.Facts.Anomalies);
    }

    [Fact]
    public void Something_else_on_502_is_a_port_protocol_mismatch()
    {
        var dissector = new FlowDissector(TransportProtocol.Tcp, 50000, 502);
        dissector.Feed(Direction.FromOriginator, Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: plc\r\n\r\n"), 1);

        var anomaly = Assert.Single(dissector.Facts.Anomalies);
        Assert.Equal(("modbus", FlowDissector.PortProtocolMismatch), (anomaly.Protocol, anomaly.Kind));
        Assert.NotEqual("modbus", dissector.Facts.Service);
    }

    [Fact]
    public void Modbus_on_a_non_standard_port_is_found_by_content()
    {
        var dissector = new FlowDissector(TransportProtocol.Tcp, 50000, 5020);
        dissector.Feed(Direction.FromOriginator, Hex("00 01 00 00 00 06 01 03 00 00 00 0A"), 1);

        Assert.Equal("modbus", dissector.Facts.Service);
        Assert.Equal(1, dissector.Facts.Operations["modbus/3"]);
    }

    [Fact]
    public void Dnp3_and_iec104_by_content_off_port()
    {
        var dnp3 = new FlowDissector(TransportProtocol.Tcp, 50000, 30000);
        dnp3.Feed(Direction.FromOriginator, Dnp3.Dnp3ParserTests.Frame(0xC4, Hex("C0 C1 01 3C 02 06")), 1);
        var iec104 = new FlowDissector(TransportProtocol.Tcp, 50000, 12404);
        iec104.Feed(Direction.FromOriginator, Hex("68 04 07 00 00 00"), 1);

        Assert.Equal("dnp3", dnp3.Facts.Service);
        Assert.Equal(1, dnp3.Facts.Operations["dnp3/1"]);
        Assert.Equal("iec104", iec104.Facts.Service);
    }

    [Fact]
    public void Port_102_carrying_mms_is_named_mms()
    {
        var dissector = new FlowDissector(TransportProtocol.Tcp, 50000, 102);
        dissector.Feed(Direction.FromOriginator, Hex(S7.S7Fixtures.ConnectRequest), 1);
        dissector.Feed(Direction.FromOriginator, Hex("03 00 00 20 02 F0 80 01 00 01 00 61 13 30 11 02 01 03 A0 0C A0 0A 02 01 07 A4 05 A1 03 80 01 00"), 2);

        Assert.Equal("mms", dissector.Facts.Service);
        Assert.Equal(1, dissector.Facts.Operations["mms/4"]);
    }

    [Fact]
    public void Bacnet_udp_from_the_registered_port_on_both_ends()
    {
        var dissector = new FlowDissector(TransportProtocol.Udp, 47808, 47808);
        dissector.Feed(Direction.FromOriginator, Hex("81 0B 00 0C 01 20 FF FF 00 FF 10 08"), 1);

        Assert.Equal("bacnet", dissector.Facts.Service);
        Assert.Equal(1, dissector.Facts.Operations["bacnet/unconfirmed/8"]);
    }
}
