using Vigil.Capture.Decoding;
using Vigil.Flows.Tests.Support;

namespace Vigil.Flows.Tests.Tcp;

/// <summary>
/// Every Zeek conn_state from a segment sequence, with the history Zeek would write. Upper case
/// letters are the client (originator), lower case the server.
/// </summary>
public sealed class TcpConnStateTests
{
    private const TcpFlags S = TcpFlags.Syn;
    private const TcpFlags SA = TcpFlags.Syn | TcpFlags.Ack;
    private const TcpFlags A = TcpFlags.Ack;
    private const TcpFlags PA = TcpFlags.Psh | TcpFlags.Ack;
    private const TcpFlags FA = TcpFlags.Fin | TcpFlags.Ack;
    private const TcpFlags R = TcpFlags.Rst;
    private const TcpFlags RA = TcpFlags.Rst | TcpFlags.Ack;

    private readonly RecordingSink _sink = new();
    private readonly FlowTracker _tracker;
    private readonly TcpConversation _c;

    public TcpConnStateTests()
    {
        _tracker = new FlowTracker(FlowTrackerOptions.Default, _sink);
        _c = new TcpConversation(_tracker);
    }

    private FlowSnapshot Finish()
    {
        _tracker.Flush();
        return _sink.SingleFinal;
    }

    private void Handshake() => _c.Client(S).Server(SA).Client(A);

    [Fact]
    public void Normal_open_and_close_is_SF_with_payload_bytes_and_packets_per_direction()
    {
        Handshake();
        _c.Client(PA, 10).Server(PA, 20).Client(A).Server(A).Client(FA).Server(FA).Client(A);

        var flow = Finish();

        Assert.Equal(ConnState.SF, flow.State);
        Assert.Equal("ShADdaFf", flow.History);
        Assert.Equal((10, 20), (flow.OrigBytes, flow.RespBytes));
        Assert.Equal((6, 4), (flow.OrigPkts, flow.RespPkts));
        Assert.Equal(NetAddress.Parse("10.0.0.1"), flow.Orig);
        Assert.Equal((50_000, 502), (flow.OrigPort, flow.RespPort));
    }

    [Fact]
    public void Unanswered_SYN_is_S0_and_its_retransmission_stays_in_the_flow()
    {
        _c.Client(S).ClientAt(1000, S, []);

        var flow = Finish();

        Assert.Equal((ConnState.S0, "S"), (flow.State, flow.History));
        Assert.Equal((0, 0), (flow.OrigBytes, flow.RespBytes));
    }

    [Fact]
    public void SYN_answered_by_RST_ACK_is_REJ()
    {
        _c.Client(S).Server(RA);

        Assert.Equal((ConnState.REJ, "Sr"), (Finish() is var f ? (f.State, f.History) : default));
    }

    [Fact]
    public void Originator_abort_after_establishment_is_RSTO()
    {
        Handshake();
        _c.Client(PA, 5).Client(R);

        var flow = Finish();

        Assert.Equal((ConnState.RSTO, "ShADR"), (flow.State, flow.History));
        Assert.Equal(5, flow.OrigBytes);
    }

    [Fact]
    public void Responder_reset_after_establishment_is_RSTR()
    {
        Handshake();
        _c.Server(R);

        Assert.Equal((ConnState.RSTR, "ShAr"), (Finish() is var f ? (f.State, f.History) : default));
    }

    [Fact]
    public void SYN_then_originator_RST_without_answer_is_RSTOS0()
    {
        _c.Client(S).Client(R);

        Assert.Equal((ConnState.RSTOS0, "SR"), (Finish() is var f ? (f.State, f.History) : default));
    }

    [Fact]
    public void SYN_ACK_then_responder_RST_without_SYN_is_RSTRH()
    {
        _c.Server(SA).Server(R);

        var flow = Finish();

        Assert.Equal((ConnState.RSTRH, "^hr"), (flow.State, flow.History));
        Assert.Equal(NetAddress.Parse("10.0.0.1"), flow.Orig);
    }

    [Fact]
    public void SYN_then_originator_FIN_without_answer_is_SH()
    {
        _c.Client(S).Client(TcpFlags.Fin);

        Assert.Equal((ConnState.SH, "SF"), (Finish() is var f ? (f.State, f.History) : default));
    }

    [Fact]
    public void SYN_ACK_then_responder_FIN_without_SYN_is_SHR()
    {
        _c.Server(SA).Server(FA);

        Assert.Equal((ConnState.SHR, "^hf"), (Finish() is var f ? (f.State, f.History) : default));
    }

    [Fact]
    public void Established_and_still_open_at_end_of_capture_is_S1()
    {
        Handshake();
        _c.Client(PA, 12).Server(PA, 9);

        var flow = Finish();

        Assert.Equal((ConnState.S1, "ShADd"), (flow.State, flow.History));
        Assert.Equal((12, 9), (flow.OrigBytes, flow.RespBytes));
    }

    [Fact]
    public void Originator_close_without_reply_is_S2()
    {
        Handshake();
        _c.Client(FA);

        Assert.Equal((ConnState.S2, "ShAF"), (Finish() is var f ? (f.State, f.History) : default));
    }

    [Fact]
    public void Responder_close_without_reply_is_S3()
    {
        Handshake();
        _c.Server(FA);

        Assert.Equal((ConnState.S3, "ShAf"), (Finish() is var f ? (f.State, f.History) : default));
    }

    [Fact]
    public void Midstream_traffic_is_OTH_and_keeps_the_client_as_originator()
    {
        _c.Client(PA, 10).Server(PA, 20).Client(A);

        var flow = Finish();

        Assert.Equal((ConnState.OTH, "DdA"), (flow.State, flow.History));
        Assert.Equal((10, 20), (flow.OrigBytes, flow.RespBytes));
        Assert.Equal(NetAddress.Parse("10.0.0.1"), flow.Orig);
    }

    [Fact]
    public void Midstream_traffic_first_seen_from_the_server_port_flips_to_the_client()
    {
        _c.Server(PA, 20).Client(PA, 10);

        var flow = Finish();

        Assert.Equal((ConnState.OTH, "^dD"), (flow.State, flow.History));
        Assert.Equal(NetAddress.Parse("10.0.0.1"), flow.Orig);
        Assert.Equal((50_000, 502), (flow.OrigPort, flow.RespPort));
        Assert.Equal((10, 20), (flow.OrigBytes, flow.RespBytes));
    }

    [Fact]
    public void SYN_ACK_first_flips_the_originator_to_the_SYN_ACK_receiver()
    {
        _c.Server(SA).Client(A).Client(PA, 10).Server(PA, 20).Client(FA).Server(FA).Client(A);

        var flow = Finish();

        Assert.Equal(NetAddress.Parse("10.0.0.1"), flow.Orig);
        Assert.Equal(NetAddress.Parse("10.0.0.2"), flow.Resp);
        Assert.Equal((ConnState.SF, "^hADdFf"), (flow.State, flow.History));
        Assert.Equal((10, 20), (flow.OrigBytes, flow.RespBytes));
        Assert.Equal((4, 3), (flow.OrigPkts, flow.RespPkts));
    }
}
