using Vigil.Capture.Files;

namespace Vigil.Tests;

/// <summary>Writes whole TCP exchanges (completed, rejected, unanswered) into a pcap, for tests with a known story.</summary>
internal sealed class TcpScript(PcapWriter writer)
{
    private const long Ms = 1_000_000;
    private ushort _nextPort = 40000;

    /// <summary>Handshake, one request and one answer, orderly close: Zeek state SF.</summary>
    public void Completed(long t, string client, string server, ushort port, int requestBytes = 20, int responseBytes = 40)
    {
        var sport = NextPort();
        writer.Write(t, FrameBuilder.Tcp(client, sport, server, port, FrameBuilder.Syn, seq: 100));
        writer.Write(t + 1 * Ms, FrameBuilder.Tcp(server, port, client, sport, FrameBuilder.Syn | FrameBuilder.Ack, seq: 500, ack: 101));
        writer.Write(t + 2 * Ms, FrameBuilder.Tcp(client, sport, server, port, FrameBuilder.Ack, seq: 101, ack: 501));
        writer.Write(t + 3 * Ms, FrameBuilder.Tcp(client, sport, server, port, FrameBuilder.Psh | FrameBuilder.Ack, seq: 101, ack: 501, payload: requestBytes));
        writer.Write(t + 4 * Ms, FrameBuilder.Tcp(server, port, client, sport, FrameBuilder.Psh | FrameBuilder.Ack, seq: 501, ack: (uint)(101 + requestBytes), payload: responseBytes));
        var clientSeq = (uint)(101 + requestBytes);
        var serverSeq = (uint)(501 + responseBytes);
        writer.Write(t + 5 * Ms, FrameBuilder.Tcp(client, sport, server, port, FrameBuilder.Fin | FrameBuilder.Ack, seq: clientSeq, ack: serverSeq));
        writer.Write(t + 6 * Ms, FrameBuilder.Tcp(server, port, client, sport, FrameBuilder.Fin | FrameBuilder.Ack, seq: serverSeq, ack: clientSeq + 1));
        writer.Write(t + 7 * Ms, FrameBuilder.Tcp(client, sport, server, port, FrameBuilder.Ack, seq: clientSeq + 1, ack: serverSeq + 1));
    }

    /// <summary>SYN answered by RST-ACK: Zeek state REJ.</summary>
    public void Rejected(long t, string client, string server, ushort port)
    {
        var sport = NextPort();
        writer.Write(t, FrameBuilder.Tcp(client, sport, server, port, FrameBuilder.Syn, seq: 100));
        writer.Write(t + 1 * Ms, FrameBuilder.Tcp(server, port, client, sport, FrameBuilder.Rst | FrameBuilder.Ack, seq: 0, ack: 101));
    }

    /// <summary>A SYN nobody answers: Zeek state S0 once the attempt times out.</summary>
    public void Unanswered(long t, string client, string server, ushort port) =>
        writer.Write(t, FrameBuilder.Tcp(client, NextPort(), server, port, FrameBuilder.Syn, seq: 100));

    private ushort NextPort() => _nextPort = _nextPort >= 60000 ? (ushort)40000 : (ushort)(_nextPort + 1);
}
