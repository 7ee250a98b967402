namespace Vigil.Capture.Files;

/// <summary>
/// A refillable window over a file: record parsers ask for N bytes at the current position, look
/// at them as a span, and advance. Refills move the unread tail to the front and read straight
/// into our array (the FileStream has no buffer of its own), so a read costs one copy of the
/// bytes and nothing is allocated per record. A record larger than the window grows it once.
/// </summary>
internal sealed class ReadBuffer : IDisposable
{
    /// <summary>1 MiB: large enough that syscalls vanish from the profile, small enough for L2/L3.</summary>
    public const int DefaultSize = 1 << 20;

    private readonly Stream _stream;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private long _bufferOffset;
    private bool _endOfStream;

    public ReadBuffer(Stream stream, int size = DefaultSize)
    {
        _stream = stream;
        _buffer = new byte[size];
    }

    /// <summary>File offset of the next unread byte.</summary>
    public long Position => _bufferOffset + _start;

    /// <summary>Bytes buffered and not yet consumed.</summary>
    public int Available => _end - _start;

    /// <summary>True when every byte of the file has been consumed.</summary>
    public bool AtEnd => _start == _end && !Fill(1);

    /// <summary>
    /// Makes <paramref name="count"/> bytes available at the current position; false when the file
    /// ends first (what is left stays available, see <see cref="Available"/>).
    /// </summary>
    public bool Ensure(int count) => _end - _start >= count || Fill(count);

    /// <summary>The next <paramref name="count"/> bytes; call <see cref="Ensure"/> first.</summary>
    public ReadOnlySpan<byte> Peek(int count) => new(_buffer, _start, count);

    /// <summary>Consumes <paramref name="count"/> bytes (at most what is available).</summary>
    public void Advance(int count) => _start += Math.Min(count, _end - _start);

    private bool Fill(int count)
    {
        if (_endOfStream)
        {
            return false;
        }
        if (count > _buffer.Length)
        {
            // A jumbo record: grow to fit it (and then some) once, rather than fail.
            var grown = new byte[Math.Max(count, _buffer.Length * 2)];
            Buffer.BlockCopy(_buffer, _start, grown, 0, _end - _start);
            _buffer = grown;
        }
        else if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
        }
        else
        {
            return ReadMore(count);
        }
        _bufferOffset += _start;
        _end -= _start;
        _start = 0;
        return ReadMore(count);
    }

    private bool ReadMore(int count)
    {
        // Fill the whole window, not just `count`, so that the next many records need no syscall.
        while (_end < _buffer.Length)
        {
            int read;
            try
            {
                read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            }
            catch (IOException)
            {
                // A disk error mid-file reads like an early end: the reader reports it as truncation.
                read = 0;
            }
            if (read <= 0)
            {
                _endOfStream = true;
                break;
            }
            _end += read;
        }
        return _end - _start >= count;
    }

    public void Dispose() => _stream.Dispose();
}
