using Vigil.Capture.Decoding;
using Vigil.Capture.Files;
using Vigil.Capture.Tests.Fixtures;

namespace Vigil.Capture.Tests.Decoding;

public sealed class TransportDecodeTests
{
    // MSS 1460 | NOP | window scale 7 | NOP | NOP | timestamps (10 bytes): 20 bytes of options.
    private static readonly byte[] SynOptions =
        [0x02, 0x04, 0x05, 0xB4, 0x01, 0x03, 0x03, 0x07, 0x01, 0x01, 0x08, 0x0A, 0, 0, 0, 1, 0, 0, 0, 0];

    [Fact]
    public void TCP_options_move_the_payload_and_every_header_field_is_read()
    {
        var tcp = Frames.Tcp(102, 49152, TcpFlags.Ack | TcpFlags.Psh, seq: 0xDEADBEEF, ack: 0x01020304, options: SynOptions);
        var packet = Frames.Concat(Frames.IPv4(6, tcp.Length + 3), tcp, [0x32, 0x07, 0x00]);

        var (status, p) = Captures.Decode(LinkType.RawIPv4, packet);

        Assert.Equal(DecodeStatus.Ok, status);
        Assert.Equal(0xDEADBEEF, p.TcpSeq);
        Assert.Equal(0x01020304u, p.TcpAck);
        Assert.Equal(8192, p.TcpWindow);
        Assert.Equal(TcpFlags.Ack | TcpFlags.Psh, p.TcpFlags);
        Assert.Equal([0x32, 0x07, 0x00], p.Payload);
        Assert.Equal(3, p.PayloadLength);
    }

    [Fact]
    public void TCP_data_offset_below_20_is_malformed()
    {
        var tcp = Frames.Tcp(1, 2, TcpFlags.Syn);
        tcp[12] = 0x40; // 4 words = 16 bytes

        Assert.Equal(DecodeStatus.Malformed, Captures.Decode(LinkType.RawIPv4, Frames.Concat(Frames.IPv4(6, 20), tcp)).Status);
    }

    [Fact]
    public void TCP_options_cut_by_the_snap_length_are_truncated_with_ports_kept()
    {
        var tcp = Frames.Tcp(1, 102, TcpFlags.Syn, options: SynOptions);
        var whole = Frames.Concat(Frames.IPv4(6, tcp.Length), tcp);

        var (status, p) = Captures.Decode(LinkType.RawIPv4, whole[..^8]);

        Assert.Equal(DecodeStatus.Truncated, status);
        Assert.Equal((1, 102), (p.SrcPort, p.DstPort));
        Assert.Equal(TcpFlags.Syn, p.TcpFlags);
    }

    [Fact]
    public void TCP_header_shorter_than_20_bytes_is_truncated_with_ports_kept()
    {
        var whole = Frames.Concat(Frames.IPv4(6, 20), Frames.Tcp(1234, 502, TcpFlags.Syn));

        var (status, p) = Captures.Decode(LinkType.RawIPv4, whole[..30]);

        Assert.Equal(DecodeStatus.Truncated, status);
        Assert.Equal((1234, 502), (p.SrcPort, p.DstPort));
    }

    [Fact]
    public void UDP_length_field_bounds_the_payload()
    {
        // IP says 12 bytes of payload, UDP says 8 + 2: two bytes of trailer are not UDP data.
        var packet = Frames.Concat(Frames.IPv4(17, 12), Frames.Udp(161, 162, 2), [1, 2, 0xFF, 0xFF]);

        var (status, p) = Captures.Decode(LinkType.RawIPv4, packet);

        Assert.Equal(DecodeStatus.Ok, status);
        Assert.Equal([1, 2], p.Payload);
        Assert.Equal(2, p.PayloadLength);
    }

    [Fact]
    public void ICMP_unreachable_type_code_and_quoted_datagram()
    {
        var quoted = Frames.Concat(Frames.IPv4(6, 20), new byte[8]); // the original IP header and 8 bytes of it
        byte[] icmp = [3, 3, 0, 0, 0, 0, 0, 0]; // destination unreachable | port unreachable | checksum | unused
        var packet = Frames.Concat(Frames.IPv4(1, icmp.Length + quoted.Length, src: Frames.PlcIp, dst: Frames.ClientIp), icmp, quoted);

        var (status, p) = Captures.Decode(LinkType.RawIPv4, packet);

        Assert.Equal(DecodeStatus.Ok, status);
        Assert.Equal(TransportProtocol.Icmp, p.Protocol);
        Assert.Equal((3, 3), (p.IcmpType, p.IcmpCode));
        Assert.Equal(quoted, p.Payload);
    }

    [Fact]
    public void Other_protocols_keep_the_IP_body_as_payload()
    {
        byte[] gre = [0, 0, 0x08, 0x00]; // GRE: flags/version | protocol IPv4
        var (status, p) = Captures.Decode(LinkType.RawIPv4, Frames.Concat(Frames.IPv4(47, gre.Length), gre));

        Assert.Equal(DecodeStatus.Ok, status);
        Assert.Equal((TransportProtocol)47, p.Protocol);
        Assert.Equal(gre, p.Payload);
    }
}
