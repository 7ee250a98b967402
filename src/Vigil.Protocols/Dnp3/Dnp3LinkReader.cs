using Vigil.Protocols.Framing;

namespace Vigil.Protocols.Dnp3;

/// <summary>
/// Reads DNP3 link-layer frames (FT3) and strips their CRCs.
/// <code>
///  0    1    2      3       4..5       6..7     8..9
///  +----+----+------+-------+----------+--------+---------+----------------------------------+
///  | 05 | 64 | len  | ctrl  | dest(LE) | src(LE)| hdr CRC | user data in 16-byte blocks, each |
///  +----+----+------+-------+----------+--------+---------+ followed by its CRC              |
///  len counts ctrl + dest + src + user data (5..255), without CRCs.
/// </code>
/// </summary>
public static class Dnp3LinkReader
{
    /// <summary>The link header length including its CRC.</summary>
    public const int HeaderLength = 10;

    /// <summary>Most user data bytes in one frame (255 - 5).</summary>
    public const int MaxUserData = 250;

    /// <summary>Largest frame on the wire: header + 250 user bytes + 16 block CRCs.</summary>
    public const int MaxFrameLength = HeaderLength + MaxUserData + 2 * 16;

    /// <summary>Measures the frame at the start of <paramref name="input"/>; a bad header CRC is malformed (the length cannot be trusted).</summary>
    public static FrameStatus ReadLength(ReadOnlySpan<byte> input, out int frameLength)
    {
        frameLength = 0;
        if (input.Length >= 1 && input[0] != 0x05 || input.Length >= 2 && input[1] != 0x64)
        {
            return FrameStatus.Malformed;
        }
        if (input.Length < HeaderLength)
        {
            return FrameStatus.NeedMoreData;
        }
        if (input[2] < 5 || !Dnp3Crc.Check(input[..HeaderLength]))
        {
            return FrameStatus.Malformed;
        }
        var userLength = input[2] - 5;
        frameLength = HeaderLength + userLength + 2 * ((userLength + 15) / 16);
        return FrameStatus.Complete;
    }

    /// <summary>
    /// Reads a whole frame: its control byte and CRC-stripped user data copied into <paramref name="userData"/>
    /// (at least <see cref="MaxUserData"/> bytes). <paramref name="crcOk"/> is false when a data block CRC failed.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> frame, Span<byte> userData, out byte control, out int userLength, out bool crcOk)
    {
        control = 0;
        userLength = 0;
        crcOk = false;
        if (ReadLength(frame, out var length) != FrameStatus.Complete || frame.Length < length || userData.Length < MaxUserData)
        {
            return false;
        }
        control = frame[3];
        crcOk = true;
        var remaining = frame[2] - 5;
        var offset = HeaderLength;
        while (remaining > 0)
        {
            var blockLength = Math.Min(16, remaining);
            var block = frame.Slice(offset, blockLength + 2);
            crcOk &= Dnp3Crc.Check(block);
            block[..blockLength].CopyTo(userData[userLength..]);
            userLength += blockLength;
            remaining -= blockLength;
            offset += blockLength + 2;
        }
        return true;
    }

    /// <summary>Content probe: a link header with a valid CRC.</summary>
    public static bool Looks(Direction direction, ReadOnlySpan<byte> firstBytes) =>
        ReadLength(firstBytes, out _) == FrameStatus.Complete;
}
