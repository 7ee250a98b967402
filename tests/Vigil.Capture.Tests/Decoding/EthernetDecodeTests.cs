using Vigil.Capture.Decoding;
using Vigil.Capture.Files;
using Vigil.Capture.Tests.Fixtures;

namespace Vigil.Capture.Tests.Decoding;

public sealed class EthernetDecodeTests
{
    [Fact]
    public void Ethernet_IPv4_TCP_fills_every_layer()
    {
        var (status, p) = Captures.Decode(LinkType.Ethernet, Frames.EthernetTcp([0x03, 0x00, 0x00, 0x07]), originalLength: 1000);

        Assert.Equal(DecodeStatus.Ok, status);
        Assert.Equal(1_700_000_000_123_456_789, p.TimestampNs);
        Assert.Equal(1000, p.WireLength);
        Assert.Equal(new MacAddress(Frames.ClientMac), p.SrcMac);
        Assert.Equal(new MacAddress(Frames.PlcMac), p.DstMac);
        Assert.Equal((ushort)0, p.Vlan);
        Assert.Equal(EtherTypes.IPv4, p.EtherType);
        Assert.Equal(NetAddress.Parse(Frames.ClientIp), p.Src);
        Assert.Equal(NetAddress.Parse(Frames.PlcIp), p.Dst);
        Assert.Equal(TransportProtocol.Tcp, p.Protocol);
        Assert.Equal(64, p.Ttl);
        Assert.Equal((49152, 102), (p.SrcPort, p.DstPort));
        Assert.Equal(TcpFlags.Psh | TcpFlags.Ack, p.TcpFlags);
        Assert.Equal(4, p.PayloadLength);
        Assert.Equal([0x03, 0x00, 0x00, 0x07], p.Payload);
    }

    [Fact]
    public void Single_802_1Q_tag_becomes_the_vlan()
    {
        var frame = Frames.Concat(Frames.Ethernet(EtherTypes.Vlan), Frames.VlanTag(100, EtherTypes.IPv4),
            Frames.IPv4(17, 8), Frames.Udp(47808, 47808, 0));

        var (status, p) = Captures.Decode(LinkType.Ethernet, frame);

        Assert.Equal(DecodeStatus.Ok, status);
        Assert.Equal((ushort)100, p.Vlan);
        Assert.Equal((ushort)0, p.InnerVlan);
        Assert.Equal((47808, 47808), (p.SrcPort, p.DstPort));
    }

    [Theory]
    [InlineData(EtherTypes.QinQ)]
    [InlineData(EtherTypes.QinQLegacy)]
    public void QinQ_outer_tag_is_vlan_and_inner_is_inner_vlan(ushort outerType)
    {
        var frame = Frames.Concat(Frames.Ethernet(outerType), Frames.VlanTag(300, EtherTypes.Vlan),
            Frames.VlanTag(20, EtherTypes.IPv4), Frames.IPv4(6, 20), Frames.Tcp(1, 502, TcpFlags.Syn));

        var (status, p) = Captures.Decode(LinkType.Ethernet, frame);

        Assert.Equal(DecodeStatus.Ok, status);
        Assert.Equal((300, 20), (p.Vlan, p.InnerVlan));
        Assert.Equal((ushort)502, p.DstPort);
        Assert.Equal(TcpFlags.Syn, p.TcpFlags);
    }

    [Fact]
    public void A_third_tag_is_skipped()
    {
        var frame = Frames.Concat(Frames.Ethernet(EtherTypes.QinQ), Frames.VlanTag(1, EtherTypes.Vlan),
            Frames.VlanTag(2, EtherTypes.Vlan), Frames.VlanTag(3, EtherTypes.IPv4), Frames.IPv4(6, 20), Frames.Tcp(1, 102, TcpFlags.Syn));

        var (status, p) = Captures.Decode(LinkType.Ethernet, frame);

        Assert.Equal(DecodeStatus.Ok, status);
        Assert.Equal((1, 2), (p.Vlan, p.InnerVlan));
        Assert.Equal((ushort)102, p.DstPort);
    }

    [Fact]
    public void Endless_tags_are_malformed()
    {
        var frame = Frames.Ethernet(EtherTypes.Vlan);
        for (var i = 0; i < 20; i++)
        {
            frame = Frames.Concat(frame, Frames.VlanTag(7, EtherTypes.Vlan));
        }

        Assert.Equal(DecodeStatus.Malformed, Captures.Decode(LinkType.Ethernet, frame).Status);
    }

    [Fact]
    public void ARP_is_not_IP_and_its_payload_is_the_ARP_body()
    {
        var frame = Frames.EthernetArp();

        var (status, p) = Captures.Decode(LinkType.Ethernet, frame);

        Assert.Equal(DecodeStatus.NotIP, status);
        Assert.Equal(EtherTypes.Arp, p.EtherType);
        Assert.True(p.DstMac.IsBroadcast);
        Assert.Equal(frame[14..], p.Payload); // body and padding: ARP's own lengths say where it ends
        Assert.Equal(NetAddress.None, p.Src);
    }

    [Fact]
    public void Tagged_PROFINET_is_not_IP_with_vlan_and_ethertype()
    {
        var frame = Frames.Concat(Frames.Ethernet(EtherTypes.Vlan), Frames.VlanTag(0, EtherTypes.Profinet, priority: 6), [0xFE, 0xFE, 0x05, 0x00]);

        var (status, p) = Captures.Decode(LinkType.Ethernet, frame);

        Assert.Equal(DecodeStatus.NotIP, status);
        Assert.Equal(EtherTypes.Profinet, p.EtherType);
        Assert.Equal([0xFE, 0xFE, 0x05, 0x00], p.Payload);
    }

    [Fact]
    public void IEEE_802_3_length_frame_is_not_IP_with_no_ethertype()
    {
        // Spanning tree: an 802.3 length of 38, then LLC DSAP 0x42, SSAP 0x42, control 0x03.
        var frame = Frames.Concat(Frames.Ethernet(38, dst: 0x01_80_C2_00_00_00), [0x42, 0x42, 0x03], new byte[35]);

        var (status, p) = Captures.Decode(LinkType.Ethernet, frame);

        Assert.Equal(DecodeStatus.NotIP, status);
        Assert.Equal((ushort)0, p.EtherType);
        Assert.Equal(0x42, p.Payload[0]);
    }

    [Fact]
    public void Ethernet_padding_is_trimmed_by_the_IP_total_length()
    {
        // A bare SYN: 54 bytes of headers, padded to the 60-byte Ethernet minimum.
        var frame = Frames.Concat(Frames.Ethernet(EtherTypes.IPv4), Frames.IPv4(6, 20), Frames.Tcp(1, 102, TcpFlags.Syn), new byte[6]);

        var (status, p) = Captures.Decode(LinkType.Ethernet, frame);

        Assert.Equal(DecodeStatus.Ok, status);
        Assert.Equal(0, p.PayloadLength);
        Assert.Empty(p.Payload);
    }
}
