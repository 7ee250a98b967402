using Vigil.Capture.Decoding;
using Vigil.Capture.Files;
using Vigil.Capture.Tests.Fixtures;

namespace Vigil.Capture.Tests.Decoding;

public sealed class IPv4DecodeTests
{
    private static readonly byte[] Udp = Frames.Concat(Frames.Udp(20000, 2404, 16), new byte[16]);

    [Fact]
    public void First_fragment_carries_the_transport_header()
    {
        // MF set, offset 0: this fragment has the UDP header and 16 bytes, more follow.
        var (status, p) = Captures.Decode(LinkType.RawIPv4, Frames.Concat(Frames.IPv4(17, Udp.Length, flagsAndOffset: 0x2000), Udp));

        Assert.Equal(DecodeStatus.Ok, status);
        Assert.False(p.IsLaterFragment);
        Assert.Equal((ushort)2404, p.DstPort);
    }

    [Fact]
    public void Later_fragment_is_flagged_and_not_parsed_as_transport()
    {
        // Offset 3 (24 bytes), no MF: the tail of a datagram; its first bytes only look like ports.
        var (status, p) = Captures.Decode(LinkType.RawIPv4, Frames.Concat(Frames.IPv4(17, Udp.Length, flagsAndOffset: 0x0003), Udp));

        Assert.Equal(DecodeStatus.Ok, status);
        Assert.True(p.IsLaterFragment);
        Assert.Equal(TransportProtocol.Udp, p.Protocol);
        Assert.Equal((0, 0), (p.SrcPort, p.DstPort));
        Assert.Equal(Udp, p.Payload);
        Assert.Equal(Udp.Length, p.PayloadLength);
    }

    [Fact]
    public void Header_options_move_the_transport_header()
    {
        byte[] routerAlert = [0x94, 0x04, 0x00, 0x00]; // option 148 (router alert), length 4, value 0
        var (status, p) = Captures.Decode(LinkType.RawIPv4, Frames.Concat(Frames.IPv4(17, Udp.Length, options: routerAlert), Udp));

        Assert.Equal(DecodeStatus.Ok, status);
        Assert.Equal((ushort)2404, p.DstPort);
        Assert.Equal(16, p.PayloadLength);
    }

    [Fact]
    public void Zero_total_length_from_segmentation_offload_uses_the_captured_length()
    {
        var (status, p) = Captures.Decode(LinkType.RawIPv4, Frames.Concat(Frames.IPv4(17, Udp.Length, totalLengthOverride: 0), Udp));

        Assert.Equal(DecodeStatus.Ok, status);
        Assert.Equal(16, p.PayloadLength);
    }

    [Fact]
    public void Snap_length_cut_keeps_the_stated_payload_length()
    {
        var whole = Frames.Concat(Frames.IPv4(17, Udp.Length), Udp);

        var (status, p) = Captures.Decode(LinkType.RawIPv4, whole[..^10], originalLength: whole.Length);

        Assert.Equal(DecodeStatus.Ok, status);
        Assert.Equal(16, p.PayloadLength);
        Assert.Equal(6, p.Payload.Length);
    }

    [Theory]
    [InlineData(0x45, 10, DecodeStatus.Malformed)] // total length 10 < 20-byte header
    [InlineData(0x44, 36, DecodeStatus.Malformed)] // IHL 4 words: below the 20-byte minimum
    [InlineData(0x4F, 36, DecodeStatus.Truncated)] // IHL 15 words (60 bytes): more than the 44 captured
    public void Inconsistent_header_lengths(byte versionAndIhl, int totalLength, DecodeStatus expected)
    {
        var packet = Frames.Concat(Frames.IPv4(17, Udp.Length, totalLengthOverride: totalLength), Udp);
        packet[0] = versionAndIhl;

        var (status, p) = Captures.Decode(LinkType.RawIPv4, packet);

        Assert.Equal(expected, status);
        if (expected == DecodeStatus.Truncated)
        {
            Assert.Equal(NetAddress.Parse(Frames.ClientIp), p.Src); // what was decoded before the cut stays
        }
    }

    [Fact]
    public void Version_6_on_an_IPv4_link_type_is_malformed()
    {
        var packet = Frames.IPv4(17, 0);
        packet[0] = 0x65;

        Assert.Equal(DecodeStatus.Malformed, Captures.Decode(LinkType.RawIPv4, packet).Status);
    }
}
