namespace Vigil.Protocols.Dnp3;

/// <summary>
/// Rebuilds application fragments from DNP3 transport segments of one direction.
/// <code>
///  transport header (1 byte): FIN(0x80) | FIR(0x40) | sequence(6 bits), then segment data
/// </code>
/// FIR starts a fragment, FIN ends it; a segment without FIR and no fragment in progress is dropped.
/// </summary>
internal sealed class Dnp3TransportReassembler
{
    /// <summary>Largest application fragment kept (DNP3 fragments are 2048 bytes by default).</summary>
    public const int MaxFragment = 4096;

    private byte[]? _fragment;
    private int _length;
    private bool _inProgress;

    public int BufferedBytes => _length;

    /// <summary>Adds one transport segment; returns true and the fragment when FIN completes it.</summary>
    public bool Add(ReadOnlySpan<byte> segment, out ReadOnlySpan<byte> fragment, out bool overflow)
    {
        fragment = default;
        overflow = false;
        if (segment.IsEmpty)
        {
            return false;
        }
        var header = segment[0];
        var data = segment[1..];
        if ((header & 0x40) != 0)
        {
            _length = 0;
            _inProgress = true;
        }
        if (!_inProgress)
        {
            return false;
        }
        if (_length + data.Length > MaxFragment)
        {
            overflow = true;
            Reset();
            return false;
        }
        _fragment ??= new byte[MaxFragment];
        data.CopyTo(_fragment.AsSpan(_length));
        _length += data.Length;
        if ((header & 0x80) == 0)
        {
            return false;
        }
        fragment = _fragment.AsSpan(0, _length);
        _inProgress = false;
        _length = 0;
        return true;
    }

    public void Reset()
    {
        _length = 0;
        _inProgress = false;
        _fragment = null;
    }
}
