using Vigil.Capture.Decoding;
using Vigil.Capture.Files;
using Vigil.Capture.Tests.Fixtures;

namespace Vigil.Capture.Tests.Decoding;

public sealed class IPv6DecodeTests
{
    private static readonly byte[] Tcp = Frames.Concat(Frames.Tcp(50000, 102, TcpFlags.Syn), [9, 9]);

    // Hop-by-hop: next header | length 0 (8 bytes) | PadN option filling the rest.
    private static byte[] HopByHop(byte next) => [next, 0, 0x01, 0x04, 0, 0, 0, 0];

    // Routing type 0 header with no addresses: next | length 0 | routing type | segments left | reserved (4).
    private static byte[] Routing(byte next) => [next, 0, 0, 0, 0, 0, 0, 0];

    // Destination options of 16 bytes: next | length 1 | PadN of 14.
    private static byte[] DestinationOptions(byte next) => [next, 1, 0x01, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    // Fragment: next | reserved | offset (13 bits) << 3 | flags (M in the low bit) | identification (4).
    private static byte[] Fragment(byte next, ushort offsetUnits, bool more) =>
        [next, 0, (byte)(offsetUnits >> 5), (byte)((offsetUnits << 3 & 0xF8) | (more ? 1 : 0)), 0, 0, 0, 42];

    // Authentication header: next | length 4 (24 bytes: (4 + 2) * 4) | reserved (2) | SPI (4) | sequence (4) | ICV (12).
    private static byte[] Authentication(byte next) => Frames.Concat([next, 4, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1], new byte[12]);

    [Fact]
    public void Walks_hop_by_hop_routing_destination_and_AH_to_TCP()
    {
        var extensions = Frames.Concat(HopByHop(43), Routing(60), DestinationOptions(51), Authentication(6));
        var packet = Frames.Concat(Frames.IPv6(0, extensions.Length + Tcp.Length), extensions, Tcp);

        var (status, p) = Captures.Decode(LinkType.RawIPv6, packet);

        Assert.Equal(DecodeStatus.Ok, status);
        Assert.Equal(TransportProtocol.Tcp, p.Protocol);
        Assert.Equal((50000, 102), (p.SrcPort, p.DstPort));
        Assert.Equal(NetAddress.Parse("fd00::7"), p.Dst);
        Assert.Equal(255, p.Ttl);
        Assert.Equal([9, 9], p.Payload);
        Assert.Equal(2, p.PayloadLength);
    }

    [Theory]
    [InlineData(0, true, false)] // first fragment: transport header present
    [InlineData(185, false, true)] // later fragment (offset 1480 bytes)
    public void Fragment_header_follows_the_fragment_rule(ushort offsetUnits, bool more, bool later)
    {
        var packet = Frames.Concat(Frames.IPv6(44, 8 + Tcp.Length), Fragment(6, offsetUnits, more), Tcp);

        var (status, p) = Captures.Decode(LinkType.RawIPv6, packet);

        Assert.Equal(DecodeStatus.Ok, status);
        Assert.Equal(later, p.IsLaterFragment);
        Assert.Equal(TransportProtocol.Tcp, p.Protocol);
        Assert.Equal(later ? (ushort)0 : (ushort)102, p.DstPort);
    }

    [Fact]
    public void Endless_extension_headers_are_malformed()
    {
        var extensions = Enumerable.Range(0, 20).SelectMany(_ => DestinationOptions(60)).ToArray();
        var packet = Frames.Concat(Frames.IPv6(60, extensions.Length), extensions);

        Assert.Equal(DecodeStatus.Malformed, Captures.Decode(LinkType.RawIPv6, packet).Status);
    }

    [Fact]
    public void Extension_header_past_the_payload_length_is_malformed_and_past_the_capture_truncated()
    {
        var stated = Frames.Concat(Frames.IPv6(60, 8), DestinationOptions(6)); // says 8 bytes, header is 16
        var cut = Frames.Concat(Frames.IPv6(60, 16 + Tcp.Length), DestinationOptions(6))[..50]; // capture ends inside it

        Assert.Equal(DecodeStatus.Malformed, Captures.Decode(LinkType.RawIPv6, stated).Status);
        var (status, p) = Captures.Decode(LinkType.RawIPv6, cut);
        Assert.Equal(DecodeStatus.Truncated, status);
        Assert.Equal(NetAddress.Parse("fd00::5"), p.Src);
    }

    [Fact]
    public void ICMPv6_type_and_code()
    {
        byte[] echo = [128, 0, 0, 0, 0, 1, 0, 1, 0xDE, 0xAD]; // echo request | code | checksum | id | sequence | data
        var (status, p) = Captures.Decode(LinkType.RawIPv6, Frames.Concat(Frames.IPv6(58, echo.Length), echo));

        Assert.Equal(DecodeStatus.Ok, status);
        Assert.Equal(TransportProtocol.Icmpv6, p.Protocol);
        Assert.Equal((128, 0), (p.IcmpType, p.IcmpCode));
        Assert.Equal([0xDE, 0xAD], p.Payload);
    }

    [Fact]
    public void Payload_length_trims_trailing_bytes()
    {
        var packet = Frames.Concat(Frames.IPv6(6, Tcp.Length), Tcp, [0, 0, 0, 0]);

        var (_, p) = Captures.Decode(LinkType.RawIPv6, packet);

        Assert.Equal([9, 9], p.Payload);
    }
}
