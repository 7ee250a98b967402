using Vigil.Protocols.Framing;

namespace Vigil.Protocols.Iec104;

/// <summary>
/// Reads IEC 60870-5-104 APDUs.
/// <code>
///  0      1        2..5                 6...
///  +------+--------+--------------------+-----------------------------------------------+
///  | 0x68 | length | control fields (4) | ASDU (I-frames): type id | VSQ | COT | [orig] |
///  +------+--------+--------------------+   common address(2) | information objects  |
///  length counts the control fields and ASDU: 4..253.
///  control byte 1: xxxxxxx0 I-frame, xxxxxx01 S-frame, xxxxxx11 U-frame (0x07 STARTDT act,
///  0x0B STARTDT con, 0x13 STOPDT act, 0x23 STOPDT con, 0x43 TESTFR act, 0x83 TESTFR con)
/// </code>
/// </summary>
public static class ApciReader
{
    /// <summary>The start byte.</summary>
    public const byte Start = 0x68;

    /// <summary>Largest APDU: start + length + 253.</summary>
    public const int MaxFrameLength = 255;

    /// <summary>Measures the APDU at the start of <paramref name="input"/>.</summary>
    public static FrameStatus ReadLength(ReadOnlySpan<byte> input, out int frameLength)
    {
        frameLength = 0;
        if (input.IsEmpty)
        {
            return FrameStatus.NeedMoreData;
        }
        if (input[0] != Start)
        {
            return FrameStatus.Malformed;
        }
        if (input.Length < 2)
        {
            return FrameStatus.NeedMoreData;
        }
        if (input[1] < 4 || input[1] > 253)
        {
            return FrameStatus.Malformed;
        }
        frameLength = 2 + input[1];
        return FrameStatus.Complete;
    }

    /// <summary>Content probe: one or more whole APDUs, the first with a valid frame format.</summary>
    public static bool Looks(Direction direction, ReadOnlySpan<byte> firstBytes)
    {
        if (ReadLength(firstBytes, out var length) != FrameStatus.Complete || firstBytes.Length < length)
        {
            return false;
        }
        var control = firstBytes[2];
        var validFormat = (control & 0x01) == 0
            ? length > 6
            : (control & 0x03) == 0x01 ? length == 6 : length == 6 && control is 0x07 or 0x0B or 0x13 or 0x23 or 0x43 or 0x83;
        return validFormat && (firstBytes.Length == length || firstBytes[length] == Start);
    }
}
