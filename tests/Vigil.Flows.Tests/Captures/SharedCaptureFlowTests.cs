using Vigil.Tests;

namespace Vigil.Flows.Tests.Captures;

/// <summary>
/// TCP flows of real captures against tshark. Where both see the same connections, each of our
/// flows is one tcp.stream (same order, same frames). Payload bytes equal the sum of tcp.len unless
/// the history shows retransmissions (T/t: we count sequence space once, tshark counts every copy)
/// or gaps (G/g: we count bytes the peer acknowledged but the capture missed, as Zeek does).
/// </summary>
public sealed class SharedCaptureFlowTests
{
    public static TheoryData<string> MatchingCaptures => new()
    {
        "ModbusTCP/ModbusTCP.pcap", // 14 Modbus polling connections, midstream, one closes with FINs
        "bro/modbus/modbusBig.pcap", // Modbus and S7 side by side
        "s7/s7comm_downloading_block_db1.pcap", // an unanswered SYN and three RST-aborted sessions
        "bro/dnp3/dnp3.pcap", // full handshakes, some closed, some still open
        "openics/EIP-IPAddressChangeAttempt.pcap", // SMB sessions, ENIP, and a one-sided TLS download
        "IEC60870-5-104/JavaRMI_and_IEC_Misc.pcap", // IEC 104 with a retransmission
    };

    [SkippableTheory]
    [MemberData(nameof(MatchingCaptures))]
    public void Each_TCP_flow_is_one_tshark_stream_with_the_same_frames_and_bytes(string capture)
    {
        var path = TestPaths.SharedPcap(capture);
        var reference = TsharkTcpReference.Of(path);
        var ours = CaptureRun.Of(path).TcpFinals.OrderBy(f => f.Id).ToList();

        // No ports reused in these captures, so conv,tcp rows and tcp.stream indexes agree too.
        Assert.Equal(reference.Streams.Count, reference.Conversations);
        Assert.Equal(reference.Streams.Count, ours.Count);
        foreach (var (stream, flow) in reference.Streams.Zip(ours))
        {
            var where = $"{capture} stream {stream.Index} ({flow.Orig}:{flow.OrigPort} → {flow.Resp}:{flow.RespPort}, {flow.History})";
            Assert.True(stream.Frames == flow.OrigPkts + flow.RespPkts, $"{where}: frames {stream.Frames} vs {flow.OrigPkts}+{flow.RespPkts}");
            var bytes = flow.OrigBytes + flow.RespBytes;
            if (flow.History.Any(c => c is 'G' or 'g'))
            {
                continue;
            }
            if (flow.History.Any(c => c is 'T' or 't'))
            {
                Assert.True(bytes < stream.PayloadBytes, $"{where}: retransmitted bytes count once ({bytes} < {stream.PayloadBytes})");
            }
            else
            {
                Assert.True(bytes == stream.PayloadBytes, $"{where}: bytes {bytes} vs tcp.len sum {stream.PayloadBytes}");
            }
            AssertStateAgreesWithCompleteness(where, flow, stream);
        }
    }

    [SkippableFact]
    public void SYN_retries_after_a_RST_are_separate_attempts_where_tshark_keeps_one_stream()
    {
        var path = TestPaths.SharedPcap("IEC61850/Sample_File_MMS_and_GOOSE.pcap");
        var reference = TsharkTcpReference.Of(path);
        var ours = CaptureRun.Of(path).TcpFinals;

        // The client retries port 111 after each RST with the same ports. Like Zeek (a SYN on a closed
        // connection is a new connection), every try is its own REJ flow: three failed attempts, not one.
        var retried = ours.GroupBy(f => (f.Orig, f.OrigPort, f.Resp, f.RespPort)).Where(g => g.Count() > 1).ToList();
        Assert.All(retried.SelectMany(g => g), f => Assert.Equal(ConnState.REJ, f.State));
        var extra = retried.Sum(g => g.Count() - 1);
        Assert.Equal(6, extra);
        Assert.Equal(reference.Streams.Count, ours.Count - extra);
        Assert.Equal(reference.Streams.Sum(s => s.Frames), ours.Sum(f => f.OrigPkts + f.RespPkts));
    }

    [SkippableFact]
    public void Bytes_acknowledged_but_never_captured_count_as_in_Zeek()
    {
        var path = TestPaths.SharedPcap("openics/EIP-RebootorRestart.pcap");
        var stream = Assert.Single(TsharkTcpReference.Of(path).Streams);
        var flow = Assert.Single(CaptureRun.Of(path).TcpFinals);

        // The capture starts midstream; the PLC's first segment (1 byte) is missing but the client's
        // ACK covers it (tshark: "ACKed segment that wasn't captured"). Sequence space counts it.
        Assert.Equal(stream.Frames, flow.OrigPkts + flow.RespPkts);
        Assert.Equal(stream.PayloadBytes + 1, flow.OrigBytes + flow.RespBytes);
    }

    [SkippableFact]
    public void A_half_closed_connection_idle_past_its_timeout_ends_where_tshark_keeps_one_stream()
    {
        var path = TestPaths.SharedPcap("bro/modbus/fuzz-1011.pcap");
        var stream = Assert.Single(TsharkTcpReference.Of(path).Streams);
        var ours = CaptureRun.Of(path).TcpFinals.OrderBy(f => f.Id).ToList();

        // The client's FIN comes 1259 s in, the server's next segment 496 s later: past the 30 s
        // half-closed timeout, so it opens a new (midstream, flipped) flow. tshark never times out.
        Assert.Equal(2, ours.Count);
        Assert.Equal(ConnState.SH, ours[0].State);
        Assert.True(ours[1].StartNs - ours[0].EndNs > FlowTrackerOptions.Default.TcpTransitoryIdleTimeout.Ticks * 100);
        Assert.Equal(stream.Frames, ours.Sum(f => f.OrigPkts + f.RespPkts));
    }

    private static void AssertStateAgreesWithCompleteness(string where, Support.FlowSnapshot flow, TsharkTcpStream stream)
    {
        Assert.True(flow.History.Contains('S') == stream.Has(TsharkTcpStream.Syn), $"{where}: SYN seen");
        Assert.True(flow.History.Contains('h') == stream.Has(TsharkTcpStream.SynAck), $"{where}: SYN-ACK seen");
        switch (flow.State)
        {
            case ConnState.SF or ConnState.S2 or ConnState.S3 or ConnState.SH or ConnState.SHR:
                Assert.True(stream.Has(TsharkTcpStream.Fin), $"{where}: {flow.State} needs a FIN");
                break;
            case ConnState.REJ or ConnState.RSTO or ConnState.RSTR or ConnState.RSTOS0 or ConnState.RSTRH:
                Assert.True(stream.Has(TsharkTcpStream.Rst), $"{where}: {flow.State} needs a RST");
                break;
            case ConnState.S0:
                Assert.True(stream.Completeness == TsharkTcpStream.Syn, $"{where}: S0 is a SYN alone");
                break;
        }
    }
}
