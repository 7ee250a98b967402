namespace Vigil.Protocols.Framing;

/// <summary>The bytes of one direction waiting for the rest of their frame, plus that direction's resync state.</summary>
internal sealed class DirectionBuffer
{
    private byte[]? _bytes;

    /// <summary>Bytes held.</summary>
    public int Count { get; private set; }

    /// <summary>Bytes still to drop from the stream (the unread tail of an oversized frame).</summary>
    public long Skip { get; set; }

    /// <summary>Framing errors seen so far in this direction.</summary>
    public int FramingErrors { get; set; }

    public ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Count);

    public void Append(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return;
        }
        var needed = Count + data.Length;
        if (_bytes is null || _bytes.Length < needed)
        {
            var grown = new byte[Math.Max(needed, Math.Max(256, (_bytes?.Length ?? 0) * 2))];
            Span.CopyTo(grown);
            _bytes = grown;
        }
        data.CopyTo(_bytes.AsSpan(Count));
        Count = needed;
    }

    /// <summary>Drops the first <paramref name="consumed"/> bytes, keeping the rest at the front.</summary>
    public void Consume(int consumed)
    {
        if (consumed >= Count)
        {
            Clear();
            return;
        }
        if (consumed > 0)
        {
            _bytes.AsSpan(consumed, Count - consumed).CopyTo(_bytes);
            Count -= consumed;
        }
    }

    /// <summary>Forgets held bytes and releases the array, so idle flows hold no memory.</summary>
    public void Clear()
    {
        Count = 0;
        _bytes = null;
    }
}
