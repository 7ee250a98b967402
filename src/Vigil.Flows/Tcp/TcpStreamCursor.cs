namespace Vigil.Flows.Tcp;

/// <summary>
/// Keeps one direction's byte stream in order without buffering: it remembers the next expected
/// sequence number (64-bit, already unwrapped) and, per segment, says which bytes are new. Overlap
/// with bytes already delivered is trimmed; a segment beyond the expected number is a gap (the
/// parser is told to resynchronise) and the cursor jumps to it, because holding out-of-order data
/// back would cost memory per flow and ICS parsers recover at the next PDU anyway.
/// </summary>
internal struct TcpStreamCursor
{
    private long _next;
    private bool _started;

    /// <summary>The next sequence number expected; meaningful once a segment or a SYN set it.</summary>
    public readonly long Next => _next;

    public readonly bool IsStarted => _started;

    /// <summary>Expects the stream to start at <paramref name="sequence"/> (after a SYN: its number plus one).</summary>
    public void ExpectAt(long sequence)
    {
        _next = sequence;
        _started = true;
    }

    /// <summary>Forgets the position; the next segment starts the stream wherever it is.</summary>
    public void Reset() => _started = false;

    /// <summary>Takes a segment of <paramref name="length"/> bytes starting at <paramref name="start"/>.</summary>
    public StreamSlice Accept(long start, int length)
    {
        if (length <= 0)
        {
            return StreamSlice.Nothing;
        }
        var end = start + length;
        if (!_started)
        {
            ExpectAt(end);
            return new StreamSlice(0, length, false);
        }
        if (end <= _next)
        {
            return StreamSlice.Nothing;
        }
        if (start > _next)
        {
            _next = end;
            return new StreamSlice(0, length, true);
        }
        var skip = (int)(_next - start);
        _next = end;
        return new StreamSlice(skip, length - skip, false);
    }
}
