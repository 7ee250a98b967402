using Vigil.Capture.Decoding;
using Vigil.Flows.Tests.Support;

namespace Vigil.Flows.Tests.Tcp;

/// <summary>Payload bytes by sequence space: retransmissions once, 32-bit wraps, streams past 4 GiB.</summary>
public sealed class TcpByteCountTests
{
    private const TcpFlags PA = TcpFlags.Psh | TcpFlags.Ack;

    private readonly RecordingSink _sink = new();
    private readonly FlowTracker _tracker;

    public TcpByteCountTests() => _tracker = new FlowTracker(FlowTrackerOptions.Default, _sink);

    private static void Handshake(TcpConversation c) =>
        c.Client(TcpFlags.Syn).Server(TcpFlags.Syn | TcpFlags.Ack).Client(TcpFlags.Ack);

    [Fact]
    public void Retransmitted_segment_is_counted_once_and_marked_T()
    {
        var c = new TcpConversation(_tracker);
        Handshake(c);
        var seq = c.ClientNext;
        c.Client(PA, 100).ClientAt(seq, PA, new byte[100]).Server(TcpFlags.Ack);

        _tracker.Flush();
        var flow = _sink.SingleFinal;

        Assert.Equal(100, flow.OrigBytes);
        Assert.Equal(4, flow.OrigPkts);
        Assert.Equal("ShADTa", flow.History);
    }

    [Fact]
    public void Partly_overlapping_retransmission_adds_only_its_new_bytes()
    {
        var c = new TcpConversation(_tracker);
        Handshake(c);
        var seq = c.ClientNext;
        c.Client(PA, 100).ClientAt(seq + 50, PA, new byte[100]);

        _tracker.Flush();

        Assert.Equal(150, _sink.SingleFinal.OrigBytes);
    }

    [Fact]
    public void Sequence_numbers_wrapping_past_2_pow_32_keep_counting()
    {
        var c = new TcpConversation(_tracker, clientIsn: 0xFFFF_FFF0);
        Handshake(c);
        c.Client(PA, 10).Client(PA, 10).Client(PA, 10).Client(TcpFlags.Fin | TcpFlags.Ack);

        _tracker.Flush();

        Assert.Equal(30, _sink.SingleFinal.OrigBytes);
        Assert.True(c.ClientNext < 100, "the client's sequence numbers did wrap");
    }

    [Fact]
    public void A_six_GiB_upload_counts_across_several_wraps()
    {
        var c = new TcpConversation(_tracker, clientIsn: 4_000_000_000);
        Handshake(c);
        const int Segment = 1 << 20;
        for (var i = 0; i < 6 * 1024; i++)
        {
            c.ClientHeadersOnly(Segment);
        }

        _tracker.Flush();

        Assert.Equal(6L << 30, _sink.SingleFinal.OrigBytes);
    }

    [Fact]
    public void Bytes_the_capture_missed_but_the_peer_acknowledged_still_count()
    {
        var c = new TcpConversation(_tracker);
        Handshake(c);
        c.SkipClientBytes(500);
        c.Server(TcpFlags.Ack);

        _tracker.Flush();

        Assert.Equal(500, _sink.SingleFinal.OrigBytes);
    }

    [Fact]
    public void A_segment_beyond_the_expected_sequence_is_a_content_gap()
    {
        var c = new TcpConversation(_tracker);
        Handshake(c);
        c.Client(PA, 10);
        c.SkipClientBytes(40);
        c.Client(PA, 10);

        _tracker.Flush();
        var flow = _sink.SingleFinal;

        Assert.Equal("ShADG", flow.History);
        Assert.Equal(60, flow.OrigBytes);
        Assert.True(flow.HasFacts, "payload reached a dissector, so the flow carries its facts");
    }
}
