using System.Buffers.Binary;
using Vigil.Protocols.Framing;

namespace Vigil.Protocols.Iso;

/// <summary>
/// Reads TPKT (RFC 1006) frames, the ISO-on-TCP framing of S7comm and MMS on port 102.
/// <code>
///  0         1          2              4
///  +---------+----------+--------------+---------------+
///  | version | reserved | length (BE)  | COTP TPDU ... |
///  |   3     |    0     | incl. header |               |
///  +---------+----------+--------------+---------------+
/// </code>
/// </summary>
public static class TpktReader
{
    /// <summary>The TPKT header length.</summary>
    public const int HeaderLength = 4;

    /// <summary>Measures the TPKT frame at the start of <paramref name="input"/>.</summary>
    public static FrameStatus ReadLength(ReadOnlySpan<byte> input, out int frameLength)
    {
        frameLength = 0;
        if (input.Length < HeaderLength)
        {
            return input.Length >= 1 && input[0] != 3 ? FrameStatus.Malformed : FrameStatus.NeedMoreData;
        }
        frameLength = BinaryPrimitives.ReadUInt16BigEndian(input[2..]);
        // The smallest TPDU (a DT header) is 3 bytes, so a frame is at least 7.
        return input[0] == 3 && input[1] == 0 && frameLength >= 7 ? FrameStatus.Complete : FrameStatus.Malformed;
    }

    /// <summary>Content probe: a TPKT header followed by a COTP TPDU of a known type.</summary>
    public static bool Looks(Direction direction, ReadOnlySpan<byte> firstBytes)
    {
        if (ReadLength(firstBytes, out var length) != FrameStatus.Complete || firstBytes.Length < HeaderLength + 2)
        {
            return false;
        }
        var frame = firstBytes[..Math.Min(length, firstBytes.Length)];
        return CotpReader.TryRead(frame[HeaderLength..], out _) || (length > firstBytes.Length && CotpReader.IsKnownType(frame[HeaderLength + 1]));
    }
}
