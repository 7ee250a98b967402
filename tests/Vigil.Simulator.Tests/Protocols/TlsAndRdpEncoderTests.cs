using System.Text;
using Vigil.Simulator.Protocols;

namespace Vigil.Simulator.Tests.Protocols;

public sealed class TlsAndRdpEncoderTests
{
    [Fact]
    public void ClientHello_has_sni_only_when_asked()
    {
        var withSni = TlsEncoder.ClientHello(new SimRandom(1), "www.siemens.com");
        var withoutSni = TlsEncoder.ClientHello(new SimRandom(1), null);
        Assert.Contains("www.siemens.com", Encoding.ASCII.GetString(withSni), StringComparison.Ordinal);
        Assert.Equal(withSni.Length - withoutSni.Length, 4 + 5 + "www.siemens.com".Length);
        Assert.Equal([0x16, 0x03, 0x01], withoutSni.AsSpan(0, 3).ToArray());
        Assert.Equal(withoutSni.Length - 5, withoutSni[3] << 8 | withoutSni[4]);
        Assert.Equal(0x01, withoutSni[5]); // handshake type ClientHello
    }

    [Fact]
    public void Application_data_records_never_exceed_the_fragment_limit()
    {
        var records = TlsEncoder.ApplicationData(new SimRandom(1), 5000, TlsEncoder.SegmentSizedFragment);
        for (var offset = 0; offset < records.Length;)
        {
            Assert.Equal(0x17, records[offset]);
            var length = records[offset + 3] << 8 | records[offset + 4];
            Assert.True(length + 5 <= 1460);
            offset += 5 + length;
        }
    }

    [Fact]
    public void Rdp_connection_request_carries_the_cookie_and_a_negotiation_request()
    {
        var request = RdpEncoder.ConnectionRequest("administrator");
        Assert.Equal(request.Length, request[2] << 8 | request[3]);
        Assert.Equal(0xE0, request[5]);
        Assert.Contains("Cookie: mstshash=administrator\r\n", Encoding.ASCII.GetString(request), StringComparison.Ordinal);
        Assert.Equal([0x01, 0x00, 0x08, 0x00, 0x03, 0x00, 0x00, 0x00], request.AsSpan(request.Length - 8).ToArray());
    }
}
