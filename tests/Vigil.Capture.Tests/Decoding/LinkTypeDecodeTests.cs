using Vigil.Capture.Decoding;
using Vigil.Capture.Files;
using Vigil.Capture.Tests.Fixtures;

namespace Vigil.Capture.Tests.Decoding;

public sealed class LinkTypeDecodeTests
{
    private static readonly byte[] Ipv4Tcp = Frames.Concat(Frames.IPv4(6, 22), Frames.Tcp(40000, 502, TcpFlags.Ack), [0xAB, 0xCD]);
    private static readonly byte[] Ipv6Udp = Frames.Concat(Frames.IPv6(17, 9), Frames.Udp(5353, 5353, 1), [0x01]);

    [Fact]
    public void Linux_cooked_v1()
    {
        byte[] sll =
        [
            0x00, 0x04, // packet type: sent by us
            0x00, 0x01, // ARPHRD_ETHER
            0x00, 0x06, // link-layer address length
            0x00, 0x0C, 0x29, 0x11, 0x22, 0x33, 0x00, 0x00, // source address, padded to 8
            0x08, 0x00, // protocol: IPv4
        ];

        var (status, p) = Captures.Decode(LinkType.LinuxSll, Frames.Concat(sll, Ipv4Tcp));

        Assert.Equal(DecodeStatus.Ok, status);
        Assert.Equal(new MacAddress(Frames.ClientMac), p.SrcMac);
        Assert.Equal(EtherTypes.IPv4, p.EtherType);
        Assert.Equal((ushort)502, p.DstPort);
        Assert.Equal([0xAB, 0xCD], p.Payload);
    }

    [Fact]
    public void Linux_cooked_v1_with_a_VLAN_tag_left_in()
    {
        byte[] sll = [0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0, 0x0C, 0x29, 0x11, 0x22, 0x33, 0, 0, 0x81, 0x00]; // protocol 0x8100

        var (status, p) = Captures.Decode(LinkType.LinuxSll, Frames.Concat(sll, Frames.VlanTag(42, EtherTypes.IPv4), Ipv4Tcp));

        Assert.Equal(DecodeStatus.Ok, status);
        Assert.Equal((ushort)42, p.Vlan);
        Assert.Equal((ushort)502, p.DstPort);
    }

    [Fact]
    public void Linux_cooked_v2()
    {
        byte[] sll2 =
        [
            0x86, 0xDD, // protocol: IPv6
            0x00, 0x00, // reserved
            0x00, 0x00, 0x00, 0x02, // interface index
            0x00, 0x01, // ARPHRD_ETHER
            0x00, // packet type: to us
            0x06, // link-layer address length
            0x00, 0x1B, 0x1B, 0x44, 0x55, 0x66, 0x00, 0x00, // source address, padded to 8
        ];

        var (status, p) = Captures.Decode(LinkType.LinuxSll2, Frames.Concat(sll2, Ipv6Udp));

        Assert.Equal(DecodeStatus.Ok, status);
        Assert.Equal(new MacAddress(Frames.PlcMac), p.SrcMac);
        Assert.Equal(NetAddress.Parse("fd00::5"), p.Src);
        Assert.Equal(TransportProtocol.Udp, p.Protocol);
        Assert.Equal([0x01], p.Payload);
    }

    [Theory]
    [InlineData(LinkType.Raw, true)]
    [InlineData(LinkType.Raw, false)]
    [InlineData(LinkType.RawIPv4, true)]
    [InlineData(LinkType.RawIPv6, false)]
    public void Raw_IP_by_version_nibble_or_link_type(LinkType linkType, bool v4)
    {
        var (status, p) = Captures.Decode(linkType, v4 ? Ipv4Tcp : Ipv6Udp);

        Assert.Equal(DecodeStatus.Ok, status);
        Assert.Equal(v4 ? EtherTypes.IPv4 : EtherTypes.IPv6, p.EtherType);
        Assert.Equal(v4 ? (ushort)502 : (ushort)5353, p.DstPort);
        Assert.Equal(MacAddress.None, p.SrcMac);
    }

    [Fact]
    public void Raw_IP_with_a_bad_version_is_malformed()
    {
        Assert.Equal(DecodeStatus.Malformed, Captures.Decode(LinkType.Raw, [0x50, 0, 0, 0]).Status);
    }

    [Theory]
    [InlineData(new byte[] { 2, 0, 0, 0 }, true)] // AF_INET, little-endian host
    [InlineData(new byte[] { 0, 0, 0, 2 }, true)] // AF_INET, big-endian host
    [InlineData(new byte[] { 30, 0, 0, 0 }, false)] // AF_INET6 on macOS
    [InlineData(new byte[] { 0, 0, 0, 28 }, false)] // AF_INET6 on FreeBSD, big-endian host
    [InlineData(new byte[] { 24, 0, 0, 0 }, false)] // AF_INET6 on NetBSD/OpenBSD
    public void BSD_null_loopback_in_host_byte_order(byte[] family, bool v4)
    {
        var (status, p) = Captures.Decode(LinkType.Null, Frames.Concat(family, v4 ? Ipv4Tcp : Ipv6Udp));

        Assert.Equal(DecodeStatus.Ok, status);
        Assert.Equal(v4 ? EtherTypes.IPv4 : EtherTypes.IPv6, p.EtherType);
    }

    [Fact]
    public void OpenBSD_loop_in_network_byte_order()
    {
        var (status, p) = Captures.Decode(LinkType.Loop, Frames.Concat([0, 0, 0, 24], Ipv6Udp)); // AF_INET6 on OpenBSD

        Assert.Equal(DecodeStatus.Ok, status);
        Assert.Equal((ushort)5353, p.SrcPort);
    }

    [Fact]
    public void Loopback_with_an_unknown_family_is_not_IP()
    {
        Assert.Equal(DecodeStatus.NotIP, Captures.Decode(LinkType.Null, [7, 0, 0, 0, 1, 2, 3]).Status);
    }

    [Fact]
    public void Unknown_link_type_is_reported_with_time_and_length()
    {
        var (status, p) = Captures.Decode((LinkType)147, Ipv4Tcp);

        Assert.Equal(DecodeStatus.UnsupportedLinkType, status);
        Assert.Equal(1_700_000_000_123_456_789, p.TimestampNs);
        Assert.Equal(Ipv4Tcp.Length, p.WireLength);
        Assert.Equal((ushort)0, p.EtherType);
    }
}
