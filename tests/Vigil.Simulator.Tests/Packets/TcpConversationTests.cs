using System.Buffers.Binary;
using Vigil.Capture.Decoding;
using Vigil.Simulator.Packets;

namespace Vigil.Simulator.Tests.Packets;

public sealed class TcpConversationTests
{
    private static readonly HostAddress Client = new(HostAddress.ParseIp("10.10.1.20"), new MacAddress(0x001422000020), 10, 128, false);
    private static readonly HostAddress Server = new(HostAddress.ParseIp("10.10.1.30"), new MacAddress(0x001422000030), 10, 128, false);

    private static TcpConversation Conversation() =>
        new(new FrameFactory(new MacAddress(0x001EBD000001)), Client, 50000, Server, 445, new SimRandom(3), 1_000_000_000, 500_000);

    private static (uint Seq, uint Ack, TcpFlags Flags, int PayloadLength, uint Source) Tcp(SimPacket packet)
    {
        var f = packet.Frame;
        var totalLength = BinaryPrimitives.ReadUInt16BigEndian(f.AsSpan(20));
        var headerLength = (f[38 + 12] >> 4) * 4;
        return (BinaryPrimitives.ReadUInt32BigEndian(f.AsSpan(42)), BinaryPrimitives.ReadUInt32BigEndian(f.AsSpan(46)),
            (TcpFlags)f[38 + 13], totalLength - 20 - headerLength, BinaryPrimitives.ReadUInt32BigEndian(f.AsSpan(30)));
    }

    [Fact]
    public void Handshake_acknowledges_each_side_s_initial_sequence_number()
    {
        var packets = Conversation().Connect();
        var (syn, synAck, ack) = (Tcp(packets[0]), Tcp(packets[1]), Tcp(packets[2]));
        Assert.Equal(TcpFlags.Syn, syn.Flags);
        Assert.Equal(TcpFlags.Syn | TcpFlags.Ack, synAck.Flags);
        Assert.Equal(syn.Seq + 1, synAck.Ack);
        Assert.Equal(TcpFlags.Ack, ack.Flags);
        Assert.Equal(synAck.Seq + 1, ack.Ack);
        Assert.Equal(syn.Seq + 1, ack.Seq);
    }

    [Fact]
    public void Exchange_segments_at_the_mss_and_acknowledges_everything()
    {
        var tcp = Conversation();
        var handshake = tcp.Connect();
        var packets = tcp.Exchange(new byte[4000], new byte[100], 2_000_000);
        var fromClient = packets.Select(Tcp).Where(p => p.Source == Client.Ip && p.PayloadLength > 0).ToList();
        Assert.Equal([1460, 1460, 1080], fromClient.Select(p => p.PayloadLength));
        Assert.Equal(TcpFlags.Ack | TcpFlags.Psh, fromClient[^1].Flags);
        var response = packets.Select(Tcp).Single(p => p.Source == Server.Ip && p.PayloadLength > 0);
        Assert.Equal(fromClient[0].Seq + 4000, response.Ack);
        var finalAck = Tcp(packets[^1]);
        Assert.Equal(response.Seq + 100, finalAck.Ack);
        Assert.True(packets.Zip(packets.Skip(1)).All(p => p.First.TimestampNs <= p.Second.TimestampNs));
        Assert.True(handshake[^1].TimestampNs <= packets[0].TimestampNs);
    }

    [Fact]
    public void Refused_connection_is_answered_with_rst_ack()
    {
        var packets = Conversation().Refused();
        var rst = Tcp(packets[1]);
        Assert.Equal(TcpFlags.Rst | TcpFlags.Ack, rst.Flags);
        Assert.Equal(Tcp(packets[0]).Seq + 1, rst.Ack);
    }

    [Fact]
    public void Unanswered_syn_is_retransmitted_with_backoff()
    {
        var packets = Conversation().Unanswered(2);
        Assert.Equal(3, packets.Count);
        Assert.All(packets, p => Assert.Equal(TcpFlags.Syn, Tcp(p).Flags));
        Assert.Equal(1_000_000_000, packets[1].TimestampNs - packets[0].TimestampNs);
        Assert.Equal(2_000_000_000, packets[2].TimestampNs - packets[1].TimestampNs);
    }

    [Fact]
    public void Transfer_streams_in_time_order_with_an_ack_every_second_segment()
    {
        var tcp = Conversation();
        tcp.Connect();
        var packets = tcp.Transfer(true, Enumerable.Repeat(new byte[1460], 10), 1_000_000).ToList();
        Assert.Equal(10, packets.Count(p => Tcp(p).PayloadLength > 0));
        Assert.Equal(5, packets.Count(p => Tcp(p).Source == Server.Ip));
        Assert.True(packets.Zip(packets.Skip(1)).All(p => p.First.TimestampNs <= p.Second.TimestampNs));
    }
}
