using Vigil.Capture.Decoding;
using Vigil.Flows.Tests.Support;

namespace Vigil.Flows.Tests;

/// <summary>When flows end and how often they are reported: idle expiry, close linger, reuse, interim reports, eviction.</summary>
public sealed class FlowLifetimeTests
{
    private const long T0 = 1_700_000_000L * Packets.Second;
    private const TcpFlags PA = TcpFlags.Psh | TcpFlags.Ack;

    private readonly RecordingSink _sink = new();

    private void Send(FlowTracker tracker, DecodedPacket packet) => tracker.Process(ref packet);

    [Fact]
    public void UDP_flow_expires_after_its_idle_timeout_on_capture_time()
    {
        var tracker = new FlowTracker(FlowTrackerOptions.Default, _sink);
        Send(tracker, Packets.Udp(T0, "10.0.0.1", 50_000, "10.0.0.9", 502, 12));

        tracker.AdvanceTo(T0 + 59 * Packets.Second);
        Assert.Empty(_sink.Reports);

        tracker.AdvanceTo(T0 + 60 * Packets.Second);
        Assert.Equal(ConnState.S0, _sink.SingleFinal.State);
        Assert.Equal((0, 1L), (tracker.ActiveFlows, tracker.FlowsExpired));
    }

    [Fact]
    public void Another_flows_packet_triggers_expiry_without_AdvanceTo()
    {
        var tracker = new FlowTracker(FlowTrackerOptions.Default, _sink);
        Send(tracker, Packets.Udp(T0, "10.0.0.1", 50_000, "10.0.0.9", 502, 12));
        Send(tracker, Packets.Udp(T0 + 61 * Packets.Second, "10.0.0.3", 50_000, "10.0.0.9", 502, 12));

        Assert.Equal(NetAddress.Parse("10.0.0.1"), _sink.SingleFinal.Orig);
        Assert.Equal(1, tracker.ActiveFlows);
    }

    [Fact]
    public void A_packet_after_the_timeout_starts_a_new_flow_even_between_expiry_checks()
    {
        var options = FlowTrackerOptions.Default with { ExpiryCheckInterval = TimeSpan.FromHours(1) };
        var tracker = new FlowTracker(options, _sink);
        Send(tracker, Packets.Udp(T0, "10.0.0.1", 50_000, "10.0.0.9", 502, 12));
        Send(tracker, Packets.Udp(T0 + 61 * Packets.Second, "10.0.0.1", 50_000, "10.0.0.9", 502, 12));

        Assert.Equal(1UL, _sink.SingleFinal.Id);
        Assert.Equal((1, 2L), (tracker.ActiveFlows, tracker.FlowsCreated));
    }

    [Fact]
    public void Established_TCP_lives_an_hour_idle_but_an_unanswered_SYN_only_30_seconds()
    {
        var tracker = new FlowTracker(FlowTrackerOptions.Default, _sink);
        var established = new TcpConversation(tracker, clientPort: 50_000) { NowNs = T0 };
        established.Client(TcpFlags.Syn).Server(TcpFlags.Syn | TcpFlags.Ack).Client(TcpFlags.Ack);
        var attempt = new TcpConversation(tracker, clientPort: 50_001) { NowNs = T0 };
        attempt.Client(TcpFlags.Syn);

        tracker.AdvanceTo(T0 + 31 * Packets.Second);
        Assert.Equal((ConnState.S0, (ushort)50_001), (_sink.SingleFinal.State, _sink.SingleFinal.OrigPort));

        tracker.AdvanceTo(T0 + 59 * 60 * Packets.Second);
        Assert.Single(_sink.Finals);

        tracker.AdvanceTo(T0 + 61 * 60 * Packets.Second);
        Assert.Equal([ConnState.S0, ConnState.S1], _sink.Finals.Select(f => f.State));
        Assert.Equal(2L, tracker.FlowsExpired);
    }

    [Fact]
    public void Closed_connection_is_final_after_the_linger_and_late_ACKs_stay_in_it()
    {
        var tracker = new FlowTracker(FlowTrackerOptions.Default, _sink);
        var c = new TcpConversation(tracker) { NowNs = T0 };
        c.Client(TcpFlags.Syn).Server(TcpFlags.Syn | TcpFlags.Ack).Client(TcpFlags.Ack)
            .Client(TcpFlags.Fin | TcpFlags.Ack).Server(TcpFlags.Fin | TcpFlags.Ack).Client(TcpFlags.Ack).Client(TcpFlags.Ack);

        Assert.Empty(_sink.Reports);
        tracker.AdvanceTo(c.NowNs + 6 * Packets.Second);

        var flow = _sink.SingleFinal;
        Assert.Equal((ConnState.SF, 5L), (flow.State, flow.OrigPkts));
        Assert.Equal((1L, 1L, 0), (tracker.FlowsCreated, tracker.FlowsClosed, tracker.ActiveFlows));
    }

    [Fact]
    public void New_SYN_on_a_closed_connections_ports_starts_a_new_flow()
    {
        var tracker = new FlowTracker(FlowTrackerOptions.Default, _sink);
        var first = new TcpConversation(tracker) { NowNs = T0 };
        first.Client(TcpFlags.Syn).Server(TcpFlags.Syn | TcpFlags.Ack).Client(TcpFlags.Ack).Client(PA, 10)
            .Client(TcpFlags.Fin | TcpFlags.Ack).Server(TcpFlags.Fin | TcpFlags.Ack).Client(TcpFlags.Ack);
        var second = new TcpConversation(tracker, clientIsn: 777_777) { NowNs = first.NowNs + Packets.Second };
        second.Client(TcpFlags.Syn);

        Assert.Equal((1UL, ConnState.SF, 10L), (_sink.SingleFinal.Id, _sink.SingleFinal.State, _sink.SingleFinal.OrigBytes));
        tracker.Flush();
        Assert.Equal([ConnState.SF, ConnState.S0], _sink.Finals.Select(f => f.State));
        Assert.Equal(2L, tracker.FlowsCreated);
    }

    [Fact]
    public void SYN_with_a_new_initial_sequence_number_is_a_new_attempt_as_in_Zeek()
    {
        var tracker = new FlowTracker(FlowTrackerOptions.Default, _sink);
        var c = new TcpConversation(tracker) { NowNs = T0 };
        c.Client(TcpFlags.Syn).Client(TcpFlags.Syn);
        tracker.Flush();

        Assert.Equal([ConnState.S0, ConnState.S0], _sink.Finals.Select(f => f.State));
    }

    [Fact]
    public void A_three_day_polling_connection_reports_every_minute_with_cumulative_counts()
    {
        var tracker = new FlowTracker(FlowTrackerOptions.Default, _sink);
        var c = new TcpConversation(tracker) { NowNs = T0 - Packets.Second / 1000 };
        c.Client(TcpFlags.Syn).Server(TcpFlags.Syn | TcpFlags.Ack).Client(TcpFlags.Ack);
        const int Polls = 3 * 24 * 360; // every 10 s for three days
        for (var i = 1; i < Polls; i++)
        {
            c.NowNs = T0 + i * 10 * Packets.Second;
            c.Client(PA, 12).Server(PA, 9);
        }
        tracker.Flush();

        var interims = _sink.Interims.ToList();
        // The last poll answers at 259,190 s + 1 ms: the first report (due at 5 s, sent at the first
        // packet after it) plus one per whole minute before the last poll.
        Assert.Equal(1 + 259_190 / 60, interims.Count);
        Assert.All(interims, r => Assert.Equal(ConnState.S1, r.State));
        Assert.True(interims.Zip(interims.Skip(1)).All(p => p.Second.OrigBytes > p.First.OrigBytes && p.Second.EndNs > p.First.EndNs));
        var final = _sink.SingleFinal;
        Assert.Equal(((Polls - 1) * 12L, (Polls - 1) * 9L), (final.OrigBytes, final.RespBytes));
        Assert.Equal(1UL, final.Id);
        Assert.Equal(interims.Count, tracker.InterimReports);
    }

    [Fact]
    public void A_session_that_falls_silent_after_a_command_is_reported_seconds_later_not_at_its_next_packet()
    {
        var tracker = new FlowTracker(FlowTrackerOptions.Default, _sink);
        var session = new TcpConversation(tracker, clientPort: 50_000) { NowNs = T0 };
        session.Client(TcpFlags.Syn).Server(TcpFlags.Syn | TcpFlags.Ack).Client(TcpFlags.Ack).Client(PA, 25).Server(PA, 20);
        // Other traffic keeps capture time moving while the session says nothing for ten minutes.
        void OtherTraffic(int fromSecond, int toSecond)
        {
            for (var second = fromSecond; second <= toSecond; second++)
            {
                Send(tracker, Packets.Udp(T0 + second * Packets.Second, "10.0.0.7", 50_000, "10.0.0.9", 161, 12));
            }
        }

        OtherTraffic(1, 6);
        var report = Assert.Single(_sink.Interims, r => r.Id == 1);
        Assert.Equal((25L, 20L), (report.OrigBytes, report.RespBytes));
        Assert.Equal(ConnState.S1, report.State);

        OtherTraffic(7, 600);
        Assert.Single(_sink.Interims, r => r.Id == 1);
    }

    [Fact]
    public void A_connection_that_closes_within_seconds_and_a_single_UDP_exchange_are_reported_once_at_their_end()
    {
        var tracker = new FlowTracker(FlowTrackerOptions.Default, _sink);
        var poll = new TcpConversation(tracker, clientPort: 50_000) { NowNs = T0 };
        poll.Client(TcpFlags.Syn).Server(TcpFlags.Syn | TcpFlags.Ack).Client(TcpFlags.Ack).Client(PA, 12).Server(PA, 9);
        poll.NowNs = T0 + 3 * Packets.Second;
        poll.Client(TcpFlags.Fin | TcpFlags.Ack).Server(TcpFlags.Fin | TcpFlags.Ack).Client(TcpFlags.Ack);
        Send(tracker, Packets.Udp(T0, "10.0.0.1", 53_000, "10.0.0.53", 53, 40));
        Send(tracker, Packets.Udp(T0 + Packets.Second / 100, "10.0.0.53", 53, "10.0.0.1", 53_000, 80));
        tracker.AdvanceTo(T0 + 5 * 60 * Packets.Second);

        Assert.Empty(_sink.Interims);
        Assert.Equal(2, _sink.Finals.Count());
        Assert.Equal(0L, tracker.InterimReports);
    }

    [Fact]
    public void An_idle_session_is_not_reported_again_until_it_sends()
    {
        var tracker = new FlowTracker(FlowTrackerOptions.Default, _sink);
        var session = new TcpConversation(tracker, clientPort: 50_000) { NowNs = T0 };
        session.Client(TcpFlags.Syn).Server(TcpFlags.Syn | TcpFlags.Ack).Client(TcpFlags.Ack).Client(PA, 25);
        tracker.AdvanceTo(T0 + 30 * 60 * Packets.Second);
        Assert.Single(_sink.Interims);

        session.NowNs = T0 + 31 * 60 * Packets.Second;
        session.Client(PA, 10);
        tracker.AdvanceTo(T0 + 32 * 60 * Packets.Second);

        Assert.Equal([25L, 35L], _sink.Interims.Select(r => r.OrigBytes));
    }

    [Fact]
    public void A_bulk_upload_is_reported_as_it_grows_not_once_per_interval()
    {
        var tracker = new FlowTracker(FlowTrackerOptions.Default, _sink);
        var upload = new TcpConversation(tracker, clientPort: 50_000) { NowNs = T0 };
        upload.Client(TcpFlags.Syn).Server(TcpFlags.Syn | TcpFlags.Ack).Client(TcpFlags.Ack);
        // 10 s at 1000 segments of 1000 bytes per second: 10 MB, well inside the first minute.
        for (var i = 0; i < 10_000; i++)
        {
            upload.NowNs = T0 + i * (Packets.Second / 1000);
            upload.Client(PA, 1000);
        }

        // Checked once a second, a report is due once 1 MiB is unreported: every second check at 1 MB/s.
        var reported = _sink.Interims.Select(r => r.OrigBytes).ToList();
        Assert.InRange(reported.Count, 4, 6);
        Assert.All(reported.Zip(reported.Skip(1)), p => Assert.InRange(p.Second - p.First, 1L << 20, 2_100_000));
    }

    [Fact]
    public void When_full_the_least_recently_active_flow_is_evicted_as_final()
    {
        var tracker = new FlowTracker(FlowTrackerOptions.Default with { MaxFlows = 3 }, _sink);
        for (ushort port = 1001; port <= 1003; port++)
        {
            Send(tracker, Packets.Udp(T0 + port * Packets.Second, "10.0.0.1", port, "10.0.0.9", 502, 12));
        }
        Send(tracker, Packets.Udp(T0 + 1004 * Packets.Second, "10.0.0.1", 1001, "10.0.0.9", 502, 12));
        Send(tracker, Packets.Udp(T0 + 1005 * Packets.Second, "10.0.0.1", 1005, "10.0.0.9", 502, 12));

        Assert.Equal((ushort)1002, _sink.SingleFinal.OrigPort);
        Assert.Equal((3, 1L, 4L), (tracker.ActiveFlows, tracker.FlowsEvicted, tracker.FlowsCreated));
    }

    [Fact]
    public void Flush_reports_every_open_flow_in_creation_order()
    {
        var tracker = new FlowTracker(FlowTrackerOptions.Default, _sink);
        Send(tracker, Packets.Udp(T0, "10.0.0.1", 50_000, "10.0.0.9", 502, 12));
        Send(tracker, Packets.Icmp(T0 + 1, "10.0.0.1", "10.0.0.9", 8));
        new TcpConversation(tracker) { NowNs = T0 + 2 }.Client(TcpFlags.Syn);
        tracker.Flush();

        Assert.Equal([1UL, 2UL, 3UL], _sink.Finals.Select(f => f.Id));
        Assert.Equal(0, tracker.ActiveFlows);
    }
}
