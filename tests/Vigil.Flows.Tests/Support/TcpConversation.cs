using Vigil.Capture.Decoding;

namespace Vigil.Flows.Tests.Support;

/// <summary>
/// Plays a TCP conversation between a client and a server into a tracker, keeping each side's
/// sequence numbers right (SYN and FIN take one, payload its length) so tests read as a list of
/// segments. Each segment is 1 ms after the previous one unless the test moves the clock.
/// </summary>
internal sealed class TcpConversation
{
    private readonly FlowTracker _tracker;
    private uint _clientNext;
    private uint _serverNext;

    public TcpConversation(FlowTracker tracker, uint clientIsn = 1000, uint serverIsn = 900_000,
        string client = "10.0.0.1", ushort clientPort = 50_000, string server = "10.0.0.2", ushort serverPort = 502)
    {
        _tracker = tracker;
        _clientNext = clientIsn;
        _serverNext = serverIsn;
        ClientAddress = client;
        ClientPort = clientPort;
        ServerAddress = server;
        ServerPort = serverPort;
    }

    public string ClientAddress { get; }
    public ushort ClientPort { get; }
    public string ServerAddress { get; }
    public ushort ServerPort { get; }

    public long NowNs { get; set; } = 1_700_000_000L * Packets.Second;

    public uint ClientNext => _clientNext;

    public TcpConversation Client(TcpFlags flags, int payload = 0) => Send(fromClient: true, flags, payload);

    public TcpConversation Server(TcpFlags flags, int payload = 0) => Send(fromClient: false, flags, payload);

    /// <summary>Sends a client segment at an explicit sequence number (retransmissions, gaps); does not move the client's next number.</summary>
    public TcpConversation ClientAt(uint seq, TcpFlags flags, byte[] payload)
    {
        NowNs += Packets.Second / 1000;
        var packet = Packets.Tcp(NowNs, ClientAddress, ClientPort, ServerAddress, ServerPort, flags, seq, _serverNext, payload);
        _tracker.Process(ref packet);
        return this;
    }

    /// <summary>
    /// Sends a client data segment of <paramref name="payloadLength"/> bytes of which none were captured
    /// (a snap length of headers only), so tests can push gigabytes without allocating them.
    /// </summary>
    public TcpConversation ClientHeadersOnly(int payloadLength)
    {
        NowNs += Packets.Second / 1000;
        var packet = Packets.Tcp(NowNs, ClientAddress, ClientPort, ServerAddress, ServerPort,
            TcpFlags.Ack | TcpFlags.Psh, _clientNext, _serverNext, payload: null, payloadLength);
        _clientNext += (uint)payloadLength;
        _tracker.Process(ref packet);
        return this;
    }

    /// <summary>Moves the client's next sequence number, as if bytes were sent out of sight.</summary>
    public void SkipClientBytes(uint count) => _clientNext += count;

    private TcpConversation Send(bool fromClient, TcpFlags flags, int payload)
    {
        NowNs += Packets.Second / 1000;
        var seq = fromClient ? _clientNext : _serverNext;
        var ack = fromClient ? _serverNext : _clientNext;
        var packet = fromClient
            ? Packets.Tcp(NowNs, ClientAddress, ClientPort, ServerAddress, ServerPort, flags, seq, ack, new byte[payload])
            : Packets.Tcp(NowNs, ServerAddress, ServerPort, ClientAddress, ClientPort, flags, seq, ack, new byte[payload]);
        var consumed = (uint)payload + ((flags & TcpFlags.Syn) != 0 ? 1u : 0) + ((flags & TcpFlags.Fin) != 0 ? 1u : 0);
        if ((flags & TcpFlags.Rst) == 0)
        {
            if (fromClient)
            {
                _clientNext += consumed;
            }
            else
            {
                _serverNext += consumed;
            }
        }
        _tracker.Process(ref packet);
        return this;
    }
}
