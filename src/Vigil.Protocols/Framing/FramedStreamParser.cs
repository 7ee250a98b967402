namespace Vigil.Protocols.Framing;

/// <summary>
/// The per-flow half of a length-prefixed TCP protocol: it buffers each direction's bytes until a
/// pure reader says a frame is complete, hands whole frames to <see cref="OnFrame"/>, and keeps the
/// buffered bytes under <see cref="MaxFrameBytes"/>. Malformed framing becomes an anomaly and the
/// direction resynchronises at the next <see cref="Feed"/> call (TCP segments usually start a PDU).
/// </summary>
public abstract class FramedStreamParser : IStreamParser
{
    /// <summary>Framing errors per direction after which the parser stops reading that direction.</summary>
    private const int MaxFramingErrors = 8;

    private readonly DirectionBuffer _fromOriginator = new();
    private readonly DirectionBuffer _fromResponder = new();

    /// <summary>The protocol name anomalies are recorded under, e.g. "modbus".</summary>
    protected abstract string Protocol { get; }

    /// <summary>The largest frame this protocol allows; larger frames are skipped with an anomaly.</summary>
    protected abstract int MaxFrameBytes { get; }

    /// <summary>Bytes held for incomplete frames, both directions together (bounded by twice <see cref="MaxFrameBytes"/>).</summary>
    public virtual int BufferedBytes => _fromOriginator.Count + _fromResponder.Count;

    /// <summary>Reads the length of the frame at the start of <paramref name="input"/> without consuming anything.</summary>
    protected abstract FrameStatus ReadFrameLength(ReadOnlySpan<byte> input, out int frameLength);

    /// <summary>
    /// Where the next frame may start after malformed bytes at the start of <paramref name="input"/>
    /// (protocols with a start byte scan for it); -1 drops the rest until the next <see cref="Feed"/>.
    /// </summary>
    protected virtual int FindResync(ReadOnlySpan<byte> input) => -1;

    /// <summary>Handles one whole frame (exactly the bytes <see cref="ReadFrameLength"/> measured).</summary>
    protected abstract void OnFrame(Direction direction, ReadOnlySpan<byte> frame, long timestampNs, FlowFacts facts);

    /// <inheritdoc />
    public void Feed(Direction direction, ReadOnlySpan<byte> data, long timestampNs, FlowFacts facts)
    {
        var buffer = direction == Direction.FromOriginator ? _fromOriginator : _fromResponder;
        if (buffer.FramingErrors >= MaxFramingErrors)
        {
            return;
        }
        if (buffer.Skip > 0)
        {
            var skipped = (int)Math.Min(buffer.Skip, data.Length);
            buffer.Skip -= skipped;
            data = data[skipped..];
        }
        if (buffer.Count == 0)
        {
            var used = Drain(direction, data, buffer, timestampNs, facts);
            buffer.Append(data[used..]);
        }
        else
        {
            buffer.Append(data);
            buffer.Consume(Drain(direction, buffer.Span, buffer, timestampNs, facts));
        }
        if (buffer.Count > MaxFrameBytes)
        {
            // A reader that keeps asking for more past the cap is reading garbage.
            facts.AddAnomaly(Protocol, "oversized_frame", timestampNs);
            buffer.Clear();
        }
    }

    /// <inheritdoc />
    public virtual void OnGap(Direction direction)
    {
        var buffer = direction == Direction.FromOriginator ? _fromOriginator : _fromResponder;
        buffer.Clear();
        buffer.Skip = 0;
    }

    /// <summary>Reads whole frames off <paramref name="input"/>; returns how many bytes may be dropped.</summary>
    private int Drain(Direction direction, ReadOnlySpan<byte> input, DirectionBuffer buffer, long timestampNs, FlowFacts facts)
    {
        var offset = 0;
        while (offset < input.Length)
        {
            var status = ReadFrameLength(input[offset..], out var frameLength);
            if (status == FrameStatus.NeedMoreData)
            {
                return offset;
            }
            if (status == FrameStatus.Malformed || frameLength <= 0)
            {
                facts.AddAnomaly(Protocol, "malformed_frame", timestampNs);
                var resync = input.Length - offset > 1 ? FindResync(input[offset..]) : -1;
                if (resync >= 1)
                {
                    // Always moves forward by at least one byte, so the loop makes progress.
                    offset += resync;
                    continue;
                }
                // Resynchronise at the next Feed: drop the rest of what we hold.
                buffer.FramingErrors++;
                return input.Length;
            }
            if (frameLength > MaxFrameBytes)
            {
                facts.AddAnomaly(Protocol, "oversized_frame", timestampNs);
                var available = input.Length - offset;
                buffer.Skip = frameLength > available ? frameLength - available : 0;
                return frameLength > available ? input.Length : offset + frameLength;
            }
            if (frameLength > input.Length - offset)
            {
                return offset;
            }
            OnFrame(direction, input.Slice(offset, frameLength), timestampNs, facts);
            offset += frameLength;
        }
        return offset;
    }
}
