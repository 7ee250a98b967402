using System.Buffers.Binary;
using System.Text;

namespace Vigil.Simulator.Protocols;

/// <summary>A growable big-endian byte builder for protocol messages, with length back-patching.</summary>
public sealed class ByteWriter
{
    private byte[] _buffer;

    /// <summary>Creates a writer with room for <paramref name="capacity"/> bytes before it grows.</summary>
    public ByteWriter(int capacity = 64) => _buffer = new byte[Math.Max(16, capacity)];

    /// <summary>Bytes written so far.</summary>
    public int Length { get; private set; }

    /// <summary>Appends one byte.</summary>
    public ByteWriter U8(int value)
    {
        Ensure(1)[0] = (byte)value;
        Length += 1;
        return this;
    }

    /// <summary>Appends a big-endian 16-bit value.</summary>
    public ByteWriter U16(int value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(Ensure(2), (ushort)value);
        Length += 2;
        return this;
    }

    /// <summary>Appends a little-endian 16-bit value.</summary>
    public ByteWriter U16Le(int value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(Ensure(2), (ushort)value);
        Length += 2;
        return this;
    }

    /// <summary>Appends a big-endian 24-bit value.</summary>
    public ByteWriter U24(int value)
    {
        var span = Ensure(3);
        span[0] = (byte)(value >> 16);
        span[1] = (byte)(value >> 8);
        span[2] = (byte)value;
        Length += 3;
        return this;
    }

    /// <summary>Appends a big-endian 32-bit value.</summary>
    public ByteWriter U32(uint value)
    {
        BinaryPrimitives.WriteUInt32BigEndian(Ensure(4), value);
        Length += 4;
        return this;
    }

    /// <summary>Appends a little-endian 32-bit value.</summary>
    public ByteWriter U32Le(uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(Ensure(4), value);
        Length += 4;
        return this;
    }

    /// <summary>Appends a little-endian 64-bit value.</summary>
    public ByteWriter U64Le(ulong value)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(Ensure(8), value);
        Length += 8;
        return this;
    }

    /// <summary>Appends raw bytes.</summary>
    public ByteWriter Bytes(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Ensure(bytes.Length));
        Length += bytes.Length;
        return this;
    }

    /// <summary>Appends ASCII text, padded with <paramref name="pad"/> (or truncated) to <paramref name="width"/> when given.</summary>
    public ByteWriter Ascii(string text, int width = -1, byte pad = 0x20)
    {
        var bytes = Encoding.ASCII.GetBytes(text);
        if (width < 0)
        {
            return Bytes(bytes);
        }
        var span = Ensure(width);
        span.Fill(pad);
        bytes.AsSpan(0, Math.Min(width, bytes.Length)).CopyTo(span);
        Length += width;
        return this;
    }

    /// <summary>Appends <paramref name="count"/> copies of <paramref name="value"/>.</summary>
    public ByteWriter Fill(int count, byte value = 0)
    {
        Ensure(count).Fill(value);
        Length += count;
        return this;
    }

    /// <summary>Overwrites a big-endian 16-bit value at <paramref name="offset"/> (for lengths known only later).</summary>
    public void PatchU16(int offset, int value) => BinaryPrimitives.WriteUInt16BigEndian(_buffer.AsSpan(offset), (ushort)value);

    /// <summary>Overwrites a big-endian 24-bit value at <paramref name="offset"/>.</summary>
    public void PatchU24(int offset, int value)
    {
        _buffer[offset] = (byte)(value >> 16);
        _buffer[offset + 1] = (byte)(value >> 8);
        _buffer[offset + 2] = (byte)value;
    }

    /// <summary>Overwrites one byte at <paramref name="offset"/>.</summary>
    public void PatchU8(int offset, int value) => _buffer[offset] = (byte)value;

    /// <summary>A copy of the bytes written.</summary>
    public byte[] ToArray() => _buffer.AsSpan(0, Length).ToArray();

    private Span<byte> Ensure(int count)
    {
        if (Length + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + count));
        }
        return _buffer.AsSpan(Length, count);
    }
}
