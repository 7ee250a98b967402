using System.Buffers.Binary;
using Vigil.Protocols.Framing;

namespace Vigil.Protocols.Modbus;

/// <summary>
/// Reads Modbus/TCP ADUs (MBAP header + PDU). Pure: bytes in, frame and length out.
/// <code>
///  0      2      4      6     7    8
///  +------+------+------+-----+----+------------------+
///  | tid  | pid  | len  | uid | fc | data (len-2)     |
///  +------+------+------+-----+----+------------------+
///  pid must be 0; len counts uid + PDU and is 2..254 (a PDU is at most 253 bytes).
/// </code>
/// </summary>
public static class MbapReader
{
    /// <summary>MBAP header length (through the unit id).</summary>
    public const int HeaderLength = 7;

    /// <summary>Largest ADU: 7-byte MBAP + 253-byte PDU.</summary>
    public const int MaxFrameLength = 260;

    /// <summary>Measures the ADU at the start of <paramref name="input"/>.</summary>
    public static FrameStatus ReadLength(ReadOnlySpan<byte> input, out int frameLength)
    {
        frameLength = 0;
        if (input.Length < 6)
        {
            return FrameStatus.NeedMoreData;
        }
        var protocolId = BinaryPrimitives.ReadUInt16BigEndian(input[2..]);
        var length = BinaryPrimitives.ReadUInt16BigEndian(input[4..]);
        if (protocolId != 0 || length < 2 || length > 254)
        {
            return FrameStatus.Malformed;
        }
        frameLength = 6 + length;
        return FrameStatus.Complete;
    }

    /// <summary>Reads one whole ADU; <paramref name="consumed"/> is its length.</summary>
    public static FrameStatus TryRead(ReadOnlySpan<byte> input, out MbapFrame frame, out int consumed)
    {
        frame = default;
        consumed = 0;
        var status = ReadLength(input, out var length);
        if (status != FrameStatus.Complete)
        {
            return status;
        }
        if (input.Length < length)
        {
            return FrameStatus.NeedMoreData;
        }
        frame = new MbapFrame(
            BinaryPrimitives.ReadUInt16BigEndian(input),
            input[6],
            input[7],
            input[8..length]);
        consumed = length;
        return FrameStatus.Complete;
    }

    /// <summary>Content probe: whole plausible ADUs from the first bytes of a flow.</summary>
    public static bool Looks(Direction direction, ReadOnlySpan<byte> firstBytes)
    {
        // Require the ADU to end exactly at the segment end, or be followed by another whole
        // MBAP header: two zero bytes and a length alone are too weak to claim a flow off port
        // 502 (HART-IP on 5094, for one, starts with bytes that read as a short MBAP).
        if (TryRead(firstBytes, out var frame, out var consumed) != FrameStatus.Complete)
        {
            return false;
        }
        var function = frame.Function & 0x7F;
        if (function == 0 || function > 127)
        {
            return false;
        }
        var rest = firstBytes[consumed..];
        return rest.IsEmpty || (rest.Length >= 8 && ReadLength(rest, out _) == FrameStatus.Complete);
    }
}
