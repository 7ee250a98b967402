using Vigil.Capture.Decoding;
using Vigil.Flows.Tests.Support;

namespace Vigil.Flows.Tests;

/// <summary>UDP and ICMP flows, and the packets that make no flow.</summary>
public sealed class DatagramFlowTests
{
    private const long T0 = 1_700_000_000L * Packets.Second;

    private readonly RecordingSink _sink = new();
    private readonly FlowTracker _tracker;

    public DatagramFlowTests() => _tracker = new FlowTracker(FlowTrackerOptions.Default, _sink);

    private void Send(DecodedPacket packet) => _tracker.Process(ref packet);

    [Fact]
    public void UDP_answered_is_SF_with_datagram_payload_bytes()
    {
        Send(Packets.Udp(T0, "10.0.0.1", 50_000, "10.0.0.9", 47_808, 20));
        Send(Packets.Udp(T0 + 1000, "10.0.0.9", 47_808, "10.0.0.1", 50_000, 30));
        Send(Packets.Udp(T0 + 2000, "10.0.0.1", 50_000, "10.0.0.9", 47_808, 20));
        _tracker.Flush();

        var flow = _sink.SingleFinal;
        Assert.Equal((ConnState.SF, "Dd"), (flow.State, flow.History));
        Assert.Equal((40, 30), (flow.OrigBytes, flow.RespBytes));
        Assert.Equal((2, 1), (flow.OrigPkts, flow.RespPkts));
        Assert.True(flow.HasFacts);
    }

    [Fact]
    public void UDP_one_way_is_S0()
    {
        Send(Packets.Udp(T0, "10.0.0.1", 50_000, "10.0.0.9", 161, 40));
        _tracker.Flush();

        Assert.Equal((ConnState.S0, "D", 40L), (_sink.SingleFinal.State, _sink.SingleFinal.History, _sink.SingleFinal.OrigBytes));
    }

    [Fact]
    public void UDP_first_seen_from_a_server_port_flips_to_the_ephemeral_side()
    {
        Send(Packets.Udp(T0, "10.0.0.53", 53, "10.0.0.1", 50_001, 80));
        _tracker.Flush();

        var flow = _sink.SingleFinal;
        Assert.Equal((NetAddress.Parse("10.0.0.1"), (ushort)50_001, (ushort)53), (flow.Orig, flow.OrigPort, flow.RespPort));
        Assert.Equal((ConnState.SHR, "^d"), (flow.State, flow.History));
    }

    [Fact]
    public void ICMP_echo_request_and_reply_are_one_flow_keyed_8_to_0()
    {
        Send(Packets.Icmp(T0, "10.0.0.1", "10.0.0.2", type: 8));
        Send(Packets.Icmp(T0 + 1000, "10.0.0.2", "10.0.0.1", type: 0));
        _tracker.Flush();

        var flow = _sink.SingleFinal;
        Assert.Equal(TransportProtocol.Icmp, flow.Protocol);
        Assert.Equal((NetAddress.Parse("10.0.0.1"), (ushort)8, (ushort)0), (flow.Orig, flow.OrigPort, flow.RespPort));
        Assert.Equal((ConnState.SF, 1L, 1L), (flow.State, flow.OrigPkts, flow.RespPkts));
    }

    [Fact]
    public void ICMP_echo_reply_seen_first_makes_the_requester_the_originator()
    {
        Send(Packets.Icmp(T0, "10.0.0.2", "10.0.0.1", type: 0));
        Send(Packets.Icmp(T0 + 1000, "10.0.0.1", "10.0.0.2", type: 8));
        _tracker.Flush();

        var flow = _sink.SingleFinal;
        Assert.Equal((NetAddress.Parse("10.0.0.1"), (ushort)8, (ushort)0), (flow.Orig, flow.OrigPort, flow.RespPort));
        Assert.Equal("^dD", flow.History);
    }

    [Fact]
    public void ICMP_messages_without_a_counterpart_are_one_way_flows_keyed_by_type_and_code()
    {
        Send(Packets.Icmp(T0, "10.0.0.254", "10.0.0.1", type: 3, code: 1));
        Send(Packets.Icmp(T0 + 1000, "10.0.0.254", "10.0.0.1", type: 3, code: 3));
        _tracker.Flush();

        Assert.Equal([(3, 1), (3, 3)], _sink.Finals.Select(f => ((int)f.OrigPort, (int)f.RespPort)));
        Assert.All(_sink.Finals, f => Assert.Equal(ConnState.S0, f.State));
    }

    [Fact]
    public void Non_IP_frames_and_later_fragments_are_counted_but_make_no_flow()
    {
        Send(Packets.Arp(T0));
        var fragment = Packets.Udp(T0 + 1, "10.0.0.1", 0, "10.0.0.2", 0, 1400);
        fragment.IsLaterFragment = true;
        Send(fragment);
        _tracker.Flush();

        Assert.Empty(_sink.Reports);
        Assert.Equal((1L, 1L, 2L, 2L), (_tracker.NonIpPackets, _tracker.LaterFragments, _tracker.PacketsIgnored, _tracker.PacketsProcessed));
        Assert.Equal(0, _tracker.FlowsCreated);
    }

    [Fact]
    public void By_default_a_routed_exchange_seen_on_two_VLANs_is_one_flow()
    {
        // A mirror port sees the request on the client's VLAN and the answer on the server's.
        var request = Packets.Udp(T0, "10.0.0.1", 50_000, "10.0.1.9", 502, 12);
        request.Vlan = 10;
        var answer = Packets.Udp(T0 + 1, "10.0.1.9", 502, "10.0.0.1", 50_000, 12);
        answer.Vlan = 20;
        Send(request);
        Send(answer);

        Assert.Equal(1, _tracker.ActiveFlows);
    }

    [Fact]
    public void With_KeyByVlan_VLANs_separate_otherwise_identical_flows()
    {
        var tracker = new FlowTracker(FlowTrackerOptions.Default with { KeyByVlan = true }, _sink);
        var a = Packets.Udp(T0, "10.0.0.1", 50_000, "10.0.0.9", 502, 12);
        a.Vlan = 10;
        var b = Packets.Udp(T0 + 1, "10.0.0.1", 50_000, "10.0.0.9", 502, 12);
        b.Vlan = 20;
        tracker.Process(ref a);
        tracker.Process(ref b);

        Assert.Equal(2, tracker.ActiveFlows);
    }
}
