using System.Buffers.Binary;

namespace Vigil.Protocols.It;

/// <summary>
/// A forward-only, bounds-checked reader over wire bytes. Every read reports failure instead of
/// throwing, and a failed read leaves the position unchanged, so parsers can bail out cleanly.
/// </summary>
internal ref struct WireReader
{
    private readonly ReadOnlySpan<byte> _data;

    public WireReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        Position = 0;
    }

    public int Position { get; private set; }

    public readonly int Remaining => _data.Length - Position;

    public readonly ReadOnlySpan<byte> Rest => _data[Position..];

    public bool TryReadByte(out byte value)
    {
        value = 0;
        if (Remaining < 1)
        {
            return false;
        }
        value = _data[Position++];
        return true;
    }

    public bool TryReadUInt16(out ushort value)
    {
        value = 0;
        if (Remaining < 2)
        {
            return false;
        }
        value = BinaryPrimitives.ReadUInt16BigEndian(_data[Position..]);
        Position += 2;
        return true;
    }

    public bool TryReadUInt24(out int value)
    {
        value = 0;
        if (Remaining < 3)
        {
            return false;
        }
        value = _data[Position] << 16 | _data[Position + 1] << 8 | _data[Position + 2];
        Position += 3;
        return true;
    }

    public bool TryReadBytes(int count, out ReadOnlySpan<byte> bytes)
    {
        bytes = default;
        if (count < 0 || Remaining < count)
        {
            return false;
        }
        bytes = _data.Slice(Position, count);
        Position += count;
        return true;
    }

    /// <summary>Reads a vector prefixed by a 1-byte length.</summary>
    public bool TryReadVector8(out ReadOnlySpan<byte> bytes)
    {
        bytes = default;
        var start = Position;
        if (TryReadByte(out var length) && TryReadBytes(length, out bytes))
        {
            return true;
        }
        Position = start;
        return false;
    }

    /// <summary>Reads a vector prefixed by a 2-byte big-endian length.</summary>
    public bool TryReadVector16(out ReadOnlySpan<byte> bytes)
    {
        bytes = default;
        var start = Position;
        if (TryReadUInt16(out var length) && TryReadBytes(length, out bytes))
        {
            return true;
        }
        Position = start;
        return false;
    }

    public bool TrySkip(int count) => TryReadBytes(count, out _);
}
