using Vigil.Protocols.It.Arp;

namespace Vigil.Protocols.Tests.It.Arp;

public sealed class ArpReaderTests
{
    private static readonly byte[] Request =
    [
        0x00, 0x01,                                     // htype Ethernet
        0x08, 0x00,                                     // ptype IPv4
        6, 4,                                           // hlen, plen
        0x00, 0x01,                                     // oper request
        0x00, 0x1B, 0x1B, 0xAA, 0xBB, 0xCC,             // sender MAC
        192, 168, 10, 106,                              // sender IP
        0, 0, 0, 0, 0, 0,                               // target MAC (unknown)
        192, 168, 10, 200,                              // target IP
    ];

    [Fact]
    public void Reads_an_ipv4_request()
    {
        Assert.True(ArpReader.TryRead(Request, out var message));

        Assert.Equal(ArpMessage.Request, message.Operation);
        Assert.Equal("00:1b:1b:aa:bb:cc", message.SenderMac.ToString());
        Assert.Equal("192.168.10.106", message.SenderIp.ToString());
        Assert.Equal("192.168.10.200", message.TargetIp.ToString());
        Assert.False(message.IsGratuitous);
    }

    [Fact]
    public void Rejects_short_or_non_ipv4_bodies()
    {
        Assert.False(ArpReader.TryRead(Request[..27], out _));
        byte[] ipv6 = [.. Request];
        ipv6[2] = 0x86;
        ipv6[3] = 0xDD;
        Assert.False(ArpReader.TryRead(ipv6, out _));
        byte[] tokenRing = [.. Request];
        tokenRing[1] = 6;
        Assert.False(ArpReader.TryRead(tokenRing, out _));
    }
}
