using Vigil.Capture.Decoding;
using Vigil.Protocols.Tests.It.Tls;

namespace Vigil.Protocols.Tests.It;

/// <summary>The IT catalog through the dispatcher: by port where registered, by content elsewhere.</summary>
public sealed class ItProtocolsTests
{
    [Fact]
    public void Tls_on_an_unregistered_port_is_found_by_content()
    {
        var dissector = new FlowDissector(TransportProtocol.Tcp, 51000, 4444);

        dissector.Feed(Direction.FromOriginator, BrowserClientHello.Builder(sni: null).Record(), ItFeed.Ts);

        Assert.Equal("tls", dissector.Facts.Service);
        Assert.Null(dissector.Facts.Tls!.Sni);
    }

    [Fact]
    public void Http_on_8080_and_on_a_random_port()
    {
        var onPort = new FlowDissector(TransportProtocol.Tcp, 51000, 8080);
        var byContent = new FlowDissector(TransportProtocol.Tcp, 51000, 10123);
        var request = "GET / HTTP/1.1\r\nHost: x\r\n\r\n"u8.ToArray();

        onPort.Feed(Direction.FromOriginator, request, ItFeed.Ts);
        byContent.Feed(Direction.FromOriginator, request, ItFeed.Ts);

        Assert.Equal("http", onPort.Facts.Service);
        Assert.Equal("http", byContent.Facts.Service);
    }

    [Fact]
    public void Dns_is_known_by_port_only()
    {
        var dns = new FlowDissector(TransportProtocol.Udp, 53124, 53);
        dns.Feed(Direction.FromOriginator, [0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0, 1, (byte)'a', 0, 0, 1, 0, 1], ItFeed.Ts);

        Assert.Equal("dns", dns.Facts.Service);
        Assert.Equal(["a"], dns.Facts.Dns!.Queries);
    }

    [Fact]
    public void Every_descriptor_makes_a_fresh_parser()
    {
        foreach (var descriptor in ItProtocols.All)
        {
            Assert.NotSame(descriptor.CreateParser(), descriptor.CreateParser());
            Assert.NotEmpty(descriptor.Ports);
        }
    }
}
