namespace Vigil.Protocols.It;

/// <summary>
/// The unparsed tail of one direction of a TCP flow: the bytes of a PDU that arrived split
/// across segments. Bounded by a cap so that a hostile or broken peer cannot grow memory; the
/// caller turns an overflow into an anomaly.
/// </summary>
internal sealed class FlowBuffer
{
    private readonly int _cap;
    private byte[] _bytes = [];
    private int _length;

    public FlowBuffer(int cap) => _cap = cap;

    public int Length => _length;

    /// <summary>The pending bytes followed by <paramref name="data"/>, contiguous; no copy when nothing is pending.</summary>
    public ReadOnlySpan<byte> Prepend(ReadOnlySpan<byte> data)
    {
        if (_length == 0)
        {
            return data;
        }
        var needed = _length + data.Length;
        if (_bytes.Length < needed)
        {
            Array.Resize(ref _bytes, Math.Max(needed, _bytes.Length * 2));
        }
        data.CopyTo(_bytes.AsSpan(_length));
        return _bytes.AsSpan(0, needed);
    }

    /// <summary>
    /// Keeps <paramref name="rest"/> (which may point into this buffer) as the pending bytes.
    /// Returns false, keeping nothing, when it exceeds the cap.
    /// </summary>
    public bool Retain(ReadOnlySpan<byte> rest)
    {
        if (rest.Length > _cap)
        {
            Clear();
            return false;
        }
        if (_bytes.Length < rest.Length)
        {
            var grown = new byte[Math.Max(rest.Length, 256)];
            rest.CopyTo(grown);
            _bytes = grown;
        }
        else
        {
            // Span.CopyTo is memmove-safe, so a tail of our own array may slide to the front.
            rest.CopyTo(_bytes);
        }
        _length = rest.Length;
        return true;
    }

    public void Clear() => _length = 0;
}
