using System.Buffers.Binary;
using Vigil.Protocols.Framing;

namespace Vigil.Protocols.Enip;

/// <summary>
/// Reads EtherNet/IP encapsulation packets (little endian).
/// <code>
///  0         2         4           8          12                20        24
///  +---------+---------+-----------+----------+-----------------+---------+-------------+
///  | command | length  | session   | status   | sender context  | options | data(length)|
///  +---------+---------+-----------+----------+-----------------+---------+-------------+
/// </code>
/// </summary>
public static class EnipReader
{
    /// <summary>The encapsulation header length.</summary>
    public const int HeaderLength = 24;

    /// <summary>Largest packet: header + 65535 data bytes.</summary>
    public const int MaxFrameLength = HeaderLength + ushort.MaxValue;

    /// <summary>ListIdentity.</summary>
    public const ushort ListIdentity = 0x63;

    /// <summary>SendRRData (unconnected messaging).</summary>
    public const ushort SendRRData = 0x6F;

    /// <summary>SendUnitData (connected messaging).</summary>
    public const ushort SendUnitData = 0x70;

    /// <summary>Measures the packet at the start of <paramref name="input"/>.</summary>
    public static FrameStatus ReadLength(ReadOnlySpan<byte> input, out int frameLength)
    {
        frameLength = 0;
        if (input.Length < HeaderLength)
        {
            return FrameStatus.NeedMoreData;
        }
        frameLength = HeaderLength + BinaryPrimitives.ReadUInt16LittleEndian(input[2..]);
        return IsKnownCommand(BinaryPrimitives.ReadUInt16LittleEndian(input)) ? FrameStatus.Complete : FrameStatus.Malformed;
    }

    /// <summary>Reads the command and the data of one whole packet.</summary>
    public static bool TryRead(ReadOnlySpan<byte> packet, out ushort command, out ReadOnlySpan<byte> data)
    {
        command = 0;
        data = default;
        if (ReadLength(packet, out var length) != FrameStatus.Complete || packet.Length < length)
        {
            return false;
        }
        command = BinaryPrimitives.ReadUInt16LittleEndian(packet);
        data = packet[HeaderLength..length];
        return true;
    }

    /// <summary>True for the commands of the EtherNet/IP specification (NOP, ListServices, ListIdentity, ...).</summary>
    public static bool IsKnownCommand(ushort command) =>
        command is 0x00 or 0x01 or 0x04 or 0x63 or 0x64 or 0x65 or 0x66 or 0x6F or 0x70 or 0x72 or 0x73;

    /// <summary>Content probe: a known command with options 0 and a length that fits the segment.</summary>
    public static bool Looks(Direction direction, ReadOnlySpan<byte> firstBytes) =>
        ReadLength(firstBytes, out var length) == FrameStatus.Complete
        && length <= firstBytes.Length
        && BinaryPrimitives.ReadUInt32LittleEndian(firstBytes[20..]) == 0;
}
