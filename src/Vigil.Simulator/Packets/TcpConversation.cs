using Vigil.Capture.Decoding;

namespace Vigil.Simulator.Packets;

/// <summary>
/// One TCP connection between a client and a server, emitting its packets in time order: handshake,
/// request/response exchanges (segmented at the MSS, acknowledged every second segment), bulk
/// transfers, close, and the failure shapes a scanner leaves behind (refused, unanswered, half-open).
/// Every operation starts at <see cref="Now"/> and moves it to the operation's last packet.
/// </summary>
public sealed class TcpConversation
{
    /// <summary>Maximum segment size announced and used by both ends (Ethernet MTU 1500).</summary>
    public const int Mss = 1460;

    private static readonly byte[] MssOption = [0x02, 0x04, Mss >> 8, Mss & 0xFF];
    private readonly FrameFactory _frames;
    private readonly HostAddress _client;
    private readonly HostAddress _server;
    private readonly ushort _clientPort;
    private readonly ushort _serverPort;
    private readonly long _rtt;
    private readonly ushort _serverWindow;
    private uint _clientSeq;
    private uint _serverSeq;
    private ushort _clientIpId;
    private ushort _serverIpId;

    /// <summary>Creates a connection that has not sent anything yet; sequence numbers and IP ids come from <paramref name="random"/>.</summary>
    public TcpConversation(FrameFactory frames, HostAddress client, ushort clientPort, HostAddress server, ushort serverPort,
        SimRandom random, long startNs, long rttNs, ushort serverWindow = 8192)
    {
        _frames = frames;
        _client = client;
        _server = server;
        _clientPort = clientPort;
        _serverPort = serverPort;
        _rtt = Math.Max(rttNs, 20_000);
        _serverWindow = serverWindow;
        _clientSeq = (uint)random.NextUInt64();
        _serverSeq = (uint)random.NextUInt64();
        _clientIpId = (ushort)random.Next(65536);
        _serverIpId = (ushort)random.Next(65536);
        Now = startNs;
    }

    /// <summary>Capture time of the latest packet (or the start time before any).</summary>
    public long Now { get; private set; }

    /// <summary>Round-trip time of the path.</summary>
    public long RoundTrip => _rtt;

    /// <summary>Moves the clock forward (never back) before the next operation.</summary>
    public void WaitUntil(long timestampNs) => Now = Math.Max(Now, timestampNs);

    /// <summary>Moves the clock forward by <paramref name="delayNs"/>.</summary>
    public void Wait(long delayNs) => Now += Math.Max(0, delayNs);

    /// <summary>SYN, SYN/ACK, ACK.</summary>
    public IReadOnlyList<SimPacket> Connect()
    {
        var output = new List<SimPacket>(3);
        output.Add(Emit(true, TcpFlags.Syn, MssOption, [], Now));
        _clientSeq++;
        output.Add(Emit(false, TcpFlags.Syn | TcpFlags.Ack, MssOption, [], Now + _rtt));
        _serverSeq++;
        output.Add(Emit(true, TcpFlags.Ack, [], [], Now + _rtt + _rtt / 8));
        return Finish(output);
    }

    /// <summary>SYN answered by RST/ACK: a closed port on a live host.</summary>
    public IReadOnlyList<SimPacket> Refused()
    {
        var output = new List<SimPacket>(2);
        output.Add(Emit(true, TcpFlags.Syn, MssOption, [], Now));
        _clientSeq++;
        // The RST carries sequence zero and acknowledges the SYN, as stacks answer a closed port.
        output.Add(new SimPacket(Now + _rtt, _frames.Tcp(_server, _client, _serverIpId++, _serverPort, _clientPort,
            0, _clientSeq, TcpFlags.Rst | TcpFlags.Ack, 0, [], [])));
        return Finish(output);
    }

    /// <summary>A SYN nobody answers (filtered port or absent host), retransmitted with doubling back-off.</summary>
    public IReadOnlyList<SimPacket> Unanswered(int retransmissions)
    {
        var output = new List<SimPacket>(retransmissions + 1);
        var t = Now;
        var backoff = SimTime.Second;
        for (var i = 0; i <= retransmissions; i++)
        {
            output.Add(Emit(true, TcpFlags.Syn, MssOption, [], t));
            t += backoff;
            backoff *= 2;
        }
        _clientSeq++;
        return Finish(output);
    }

    /// <summary>SYN, SYN/ACK, then the client resets: a SYN scan touching an open port.</summary>
    public IReadOnlyList<SimPacket> HalfOpen()
    {
        var output = new List<SimPacket>(3);
        output.Add(Emit(true, TcpFlags.Syn, MssOption, [], Now));
        _clientSeq++;
        output.Add(Emit(false, TcpFlags.Syn | TcpFlags.Ack, MssOption, [], Now + _rtt));
        _serverSeq++;
        output.Add(new SimPacket(Now + _rtt + 30_000, _frames.Tcp(_client, _server, _clientIpId++, _clientPort, _serverPort,
            _clientSeq, 0, TcpFlags.Rst, 0, [], [])));
        return Finish(output);
    }

    /// <summary>
    /// The client sends <paramref name="request"/>; the server answers with <paramref name="response"/>
    /// after <paramref name="serverDelayNs"/> of processing (or just acknowledges when it is null);
    /// the client acknowledges the answer.
    /// </summary>
    public IReadOnlyList<SimPacket> Exchange(ReadOnlySpan<byte> request, ReadOnlySpan<byte> response, long serverDelayNs) =>
        Exchange(true, request, response, serverDelayNs);

    /// <summary>As <see cref="Exchange(ReadOnlySpan{byte}, ReadOnlySpan{byte}, long)"/>, the server speaking first when <paramref name="clientSpeaks"/> is false.</summary>
    public IReadOnlyList<SimPacket> Exchange(bool clientSpeaks, ReadOnlySpan<byte> request, ReadOnlySpan<byte> response, long serverDelayNs)
    {
        var output = new List<SimPacket>(4 + (request.Length + response.Length) / Mss);
        var end = Segments(clientSpeaks, request, Now, output);
        if (response.IsEmpty)
        {
            output.Add(Emit(!clientSpeaks, TcpFlags.Ack, [], [], end + _rtt));
            return Finish(output);
        }
        end = Segments(!clientSpeaks, response, end + _rtt + serverDelayNs, output);
        output.Add(Emit(clientSpeaks, TcpFlags.Ack, [], [], end + _rtt / 2 + 40_000));
        return Finish(output);
    }

    /// <summary>
    /// Streams <paramref name="messages"/> one way at about <paramref name="bytesPerSecond"/>, the receiver
    /// acknowledging every second segment one RTT later; lazily, so tens of megabytes cost no memory.
    /// </summary>
    public IEnumerable<SimPacket> Transfer(bool fromClient, IEnumerable<byte[]> messages, double bytesPerSecond)
    {
        var pendingAcks = new Queue<SimPacket>();
        var t = Now;
        var count = 0;
        foreach (var message in messages)
        {
            for (var offset = 0; offset < message.Length; offset += Mss)
            {
                var length = Math.Min(Mss, message.Length - offset);
                while (pendingAcks.Count > 0 && pendingAcks.Peek().TimestampNs <= t)
                {
                    yield return pendingAcks.Dequeue();
                }
                var flags = offset + length >= message.Length ? TcpFlags.Ack | TcpFlags.Psh : TcpFlags.Ack;
                yield return Emit(fromClient, flags, [], message.AsSpan(offset, length), t);
                if (++count % 2 == 0)
                {
                    pendingAcks.Enqueue(Emit(!fromClient, TcpFlags.Ack, [], [], t + _rtt));
                }
                t += Math.Max(2_000, (long)((length + 54) * (double)SimTime.Second / bytesPerSecond));
            }
        }
        if (count % 2 == 1)
        {
            pendingAcks.Enqueue(Emit(!fromClient, TcpFlags.Ack, [], [], t + _rtt));
        }
        while (pendingAcks.Count > 0)
        {
            var ack = pendingAcks.Dequeue();
            Now = Math.Max(t, ack.TimestampNs);
            yield return ack;
        }
    }

    /// <summary>FIN/ACK from the closing side, FIN/ACK back, final ACK.</summary>
    public IReadOnlyList<SimPacket> Close(bool clientCloses = true)
    {
        var output = new List<SimPacket>(3);
        output.Add(Emit(clientCloses, TcpFlags.Fin | TcpFlags.Ack, [], [], Now));
        Advance(clientCloses, 1);
        output.Add(Emit(!clientCloses, TcpFlags.Fin | TcpFlags.Ack, [], [], Now + _rtt));
        Advance(!clientCloses, 1);
        output.Add(Emit(clientCloses, TcpFlags.Ack, [], [], Now + _rtt + 40_000));
        return Finish(output);
    }

    private long Segments(bool fromClient, ReadOnlySpan<byte> data, long start, List<SimPacket> output)
    {
        var t = start;
        var count = 0;
        for (var offset = 0; offset < data.Length; offset += Mss)
        {
            var length = Math.Min(Mss, data.Length - offset);
            var last = offset + length >= data.Length;
            output.Add(Emit(fromClient, last ? TcpFlags.Ack | TcpFlags.Psh : TcpFlags.Ack, [], data.Slice(offset, length), t));
            if (++count % 2 == 0 && !last)
            {
                output.Add(Emit(!fromClient, TcpFlags.Ack, [], [], t + _rtt));
            }
            if (!last)
            {
                t += (length + 54) * 80L; // serialization at 100 Mbit/s
            }
        }
        return t;
    }

    private SimPacket Emit(bool fromClient, TcpFlags flags, ReadOnlySpan<byte> options, ReadOnlySpan<byte> payload, long at)
    {
        byte[] frame;
        if (fromClient)
        {
            frame = _frames.Tcp(_client, _server, _clientIpId++, _clientPort, _serverPort, _clientSeq, _serverSeq, flags, 64240, options, payload);
        }
        else
        {
            frame = _frames.Tcp(_server, _client, _serverIpId++, _serverPort, _clientPort, _serverSeq, _clientSeq, flags, _serverWindow, options, payload);
        }
        Advance(fromClient, payload.Length);
        return new SimPacket(at, frame);
    }

    private void Advance(bool fromClient, int bytes)
    {
        if (fromClient)
        {
            _clientSeq += (uint)bytes;
        }
        else
        {
            _serverSeq += (uint)bytes;
        }
    }

    private IReadOnlyList<SimPacket> Finish(List<SimPacket> output)
    {
        // Acknowledgements may be stamped after later data segments; order by time, ties kept in emission order.
        var ordered = output.Select((packet, index) => (packet, index))
            .OrderBy(p => p.packet.TimestampNs).ThenBy(p => p.index).Select(p => p.packet).ToList();
        Now = Math.Max(Now, ordered[^1].TimestampNs);
        return ordered;
    }
}
