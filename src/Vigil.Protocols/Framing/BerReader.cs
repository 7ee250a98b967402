namespace Vigil.Protocols.Framing;

/// <summary>
/// Reads one BER TLV with bounds checks and no recursion; callers nest by reading content again
/// (bounded by their own depth). Tags up to 3 bytes, definite lengths up to 4 bytes; an indefinite
/// length takes the rest of the input (MMS and GOOSE encoders use definite lengths).
/// <code>
///  identifier: class(2 bits) | constructed(1) | number(5; 31 = high-tag form, 7 bits per byte follow)
///  length:     0..127 short form | 0x80 indefinite | 0x81..0x84 then that many length bytes
/// </code>
/// </summary>
public static class BerReader
{
    /// <summary>Context-specific tag class.</summary>
    public const byte ContextClass = 2;

    /// <summary>Application tag class.</summary>
    public const byte ApplicationClass = 1;

    /// <summary>Reads the element at the start of <paramref name="input"/>; false when malformed or truncated.</summary>
    public static bool TryRead(ReadOnlySpan<byte> input, out BerElement element, out int consumed)
    {
        element = default;
        consumed = 0;
        if (input.Length < 2)
        {
            return false;
        }
        var first = input[0];
        var offset = 1;
        int number = first & 0x1F;
        if (number == 0x1F)
        {
            number = 0;
            for (var i = 0; ; i++)
            {
                if (i == 3 || offset >= input.Length)
                {
                    return false;
                }
                var b = input[offset++];
                number = (number << 7) | (b & 0x7F);
                if ((b & 0x80) == 0)
                {
                    break;
                }
            }
        }
        if (offset >= input.Length)
        {
            return false;
        }
        int lengthByte = input[offset++];
        int length;
        if (lengthByte < 0x80)
        {
            length = lengthByte;
        }
        else if (lengthByte == 0x80)
        {
            length = input.Length - offset;
        }
        else
        {
            var lengthBytes = lengthByte & 0x7F;
            if (lengthBytes > 4 || offset + lengthBytes > input.Length)
            {
                return false;
            }
            long value = 0;
            for (var i = 0; i < lengthBytes; i++)
            {
                value = (value << 8) | input[offset++];
            }
            if (value > int.MaxValue)
            {
                return false;
            }
            length = (int)value;
        }
        if (length > input.Length - offset)
        {
            return false;
        }
        element = new BerElement((byte)(first >> 6), (first & 0x20) != 0, number, input.Slice(offset, length));
        consumed = offset + length;
        return true;
    }

    /// <summary>Reads a non-negative INTEGER/enumerated content of up to 8 bytes.</summary>
    public static long ReadUnsigned(ReadOnlySpan<byte> content)
    {
        long value = 0;
        foreach (var b in content[..Math.Min(content.Length, 8)])
        {
            value = (value << 8) | b;
        }
        return value;
    }
}
