using Vigil.Protocols.Framing;

namespace Vigil.Protocols.OpcUa;

/// <summary>
/// OPC UA binary for one flow. Service requests sent by the client (the originator) count
/// <c>opcua/&lt;type id&gt;</c> (e.g. 631 Read, 673 Write, 712 Call), read from the first chunk of each
/// message. Once OpenSecureChannel asked for a policy other than None the bodies are encrypted or
/// signed opaque, so MSG chunks are no longer read (only OPN/CLO, whose headers stay in clear).
/// </summary>
public sealed class OpcUaParser : FramedStreamParser
{
    private static readonly KeyTable Services = new("opcua/", 0);

    private bool _inMessage;
    private bool _secured;

    /// <inheritdoc />
    protected override string Protocol => "opcua";

    /// <inheritdoc />
    protected override int MaxFrameBytes => OpcUaReader.MaxChunkLength;

    /// <inheritdoc />
    protected override FrameStatus ReadFrameLength(ReadOnlySpan<byte> input, out int frameLength) =>
        OpcUaReader.ReadLength(input, out frameLength);

    /// <inheritdoc />
    protected override void OnFrame(Direction direction, ReadOnlySpan<byte> frame, long timestampNs, FlowFacts facts)
    {
        if (direction != Direction.FromOriginator || frame[0] == (byte)'H' || frame[0] == (byte)'R')
        {
            return;
        }
        if (frame[0] == (byte)'O')
        {
            _secured = !PolicyIsNone(frame);
        }
        var first = !_inMessage;
        _inMessage = frame[3] == (byte)'C';
        if (!first || (_secured && frame[0] == (byte)'M'))
        {
            return;
        }
        if (OpcUaReader.TryReadServiceId(frame, out var serviceId))
        {
            facts.AddOperation(Services[serviceId]);
        }
        else
        {
            facts.AddAnomaly(Protocol, "unreadable_service", timestampNs);
        }
    }

    private static bool PolicyIsNone(ReadOnlySpan<byte> openChunk) =>
        openChunk.Length > 16 && openChunk[16..].IndexOf("#None"u8) is >= 0 and < 120;
}
