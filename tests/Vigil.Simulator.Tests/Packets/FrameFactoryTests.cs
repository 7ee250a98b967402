using System.Buffers.Binary;
using Vigil.Capture.Decoding;
using Vigil.Simulator.Packets;

namespace Vigil.Simulator.Tests.Packets;

public sealed class FrameFactoryTests
{
    private static readonly MacAddress Gateway = new(0x001EBD000001);
    private static readonly HostAddress ItHost = new(HostAddress.ParseIp("10.10.1.20"), new MacAddress(0x001422000020), 10, 128, false);
    private static readonly HostAddress ItPeer = new(HostAddress.ParseIp("10.10.1.21"), new MacAddress(0x001422000021), 10, 128, false);
    private static readonly HostAddress OtPlc = new(HostAddress.ParseIp("10.20.1.50"), new MacAddress(0x001B1B000050), 20, 30, false);
    private static readonly HostAddress Internet = new(HostAddress.ParseIp("198.51.100.7"), MacAddress.None, 0, 52, true);

    [Fact]
    public void Tcp_frame_has_vlan_tag_and_valid_ip_and_tcp_checksums()
    {
        var frame = new FrameFactory(Gateway).Tcp(ItHost, OtPlc, 0x1234, 50000, 102, 1000, 2000, TcpFlags.Ack | TcpFlags.Psh, 64240, [], [1, 2, 3]);

        Assert.Equal(0x8100, BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(12)));
        Assert.Equal(10, BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(14)) & 0x0FFF);
        Assert.Equal(0x0800, BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(16)));
        var ip = frame.AsSpan(18, 20);
        Assert.Equal(0, InternetChecksum.Compute(ip)); // a header with its checksum sums to zero
        Assert.Equal(20 + 20 + 3, BinaryPrimitives.ReadUInt16BigEndian(ip[2..]));
        Assert.Equal(128, ip[8]);
        var tcp = frame.AsSpan(38, 23);
        var pseudo = InternetChecksum.Add(0, ip.Slice(12, 8)) + 6u + (uint)tcp.Length;
        Assert.Equal(0, InternetChecksum.Finish(InternetChecksum.Add(pseudo, tcp)));
        Assert.Equal(0x18, tcp[13]);
    }

    [Fact]
    public void Short_frames_are_padded_to_the_ethernet_minimum()
    {
        var frame = new FrameFactory(Gateway).Tcp(ItHost, ItPeer, 1, 50000, 445, 1, 0, TcpFlags.Syn, 64240, [], []);
        Assert.Equal(60, frame.Length);
    }

    [Fact]
    public void Udp_checksum_covers_the_pseudo_header()
    {
        var frame = new FrameFactory(Gateway).Udp(ItHost, ItPeer, 7, 53000, 53, [9, 8, 7, 6, 5]);
        var ip = frame.AsSpan(18, 20);
        var udp = frame.AsSpan(38, 13);
        var pseudo = InternetChecksum.Add(0, ip.Slice(12, 8)) + 17u + (uint)udp.Length;
        Assert.Equal(0, InternetChecksum.Finish(InternetChecksum.Add(pseudo, udp)));
    }

    [Fact]
    public void Same_vlan_goes_mac_to_mac_and_everything_else_through_the_gateway()
    {
        var frames = new FrameFactory(Gateway);
        Assert.Equal(new LinkHop(ItHost.Mac, ItPeer.Mac, 10), frames.Route(ItHost, ItPeer));
        Assert.Equal(new LinkHop(ItHost.Mac, Gateway, 10), frames.Route(ItHost, OtPlc));
        Assert.Equal(new LinkHop(OtPlc.Mac, Gateway, 20), frames.Route(OtPlc, ItHost));
        Assert.Equal(new LinkHop(Gateway, ItHost.Mac, 10), frames.Route(Internet, ItHost));
    }
}
