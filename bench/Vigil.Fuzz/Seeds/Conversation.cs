using Vigil.Capture.Decoding;
using Vigil.Fuzz.Targets;
using Vigil.Protocols;

namespace Vigil.Fuzz.Seeds;

/// <summary>
/// The first payload of one conversation, kept as <see cref="ChunkedInput"/> chunks, with the
/// project's own <see cref="FlowDissector"/> fed alongside so the seed goes to the parser Vigil
/// would really choose. Bounded: a seed is a starting point for AFL, not a copy of the flow.
/// </summary>
internal sealed class Conversation
{
    private const int MaxChunks = 24;
    private const int MaxBytes = 4096;

    private readonly MemoryStream _chunks = new();
    private int _count;

    public Conversation(TransportProtocol transport, NetAddress origAddress, ushort origPort, ushort respPort)
    {
        Transport = transport;
        OrigAddress = origAddress;
        OrigPort = origPort;
        RespPort = respPort;
        Dissector = new FlowDissector(transport, origPort, respPort);
    }

    public TransportProtocol Transport { get; }
    public NetAddress OrigAddress { get; }
    public ushort OrigPort { get; }
    public ushort RespPort { get; }
    public FlowDissector Dissector { get; }

    /// <summary>True once something was kept.</summary>
    public bool HasPayload => _count > 0;

    /// <summary>Keeps one segment or datagram (cut to what is left of the byte budget).</summary>
    public void Add(Direction direction, ReadOnlySpan<byte> payload, long timestampNs)
    {
        if (payload.IsEmpty || _count >= MaxChunks || _chunks.Length >= MaxBytes)
        {
            return;
        }
        var kept = payload[..Math.Min(payload.Length, MaxBytes - (int)_chunks.Length)];
        ChunkedInput.Write(_chunks, direction, kept);
        _count++;
        Dissector.Feed(direction, kept, timestampNs);
    }

    /// <summary>The chunks, as a parser target's input.</summary>
    public byte[] ParserInput() => _chunks.ToArray();

    /// <summary>The ports and the chunks, as a whole-flow target's input.</summary>
    public byte[] FlowInput()
    {
        var chunks = _chunks.ToArray();
        var input = new byte[ProtocolTargets.FlowHeaderLength + chunks.Length];
        input[0] = (byte)(OrigPort >> 8);
        input[1] = (byte)OrigPort;
        input[2] = (byte)(RespPort >> 8);
        input[3] = (byte)RespPort;
        chunks.CopyTo(input, ProtocolTargets.FlowHeaderLength);
        return input;
    }
}
