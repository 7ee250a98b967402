using System.Buffers.Binary;
using Vigil.Protocols;

namespace Vigil.Fuzz.Targets;

/// <summary>
/// How a fuzz input becomes a conversation: a sequence of chunks, each one TCP segment or UDP
/// datagram of either direction, optionally preceded by a gap (lost bytes). AFL mutates the
/// flags and lengths as freely as the bytes, so splits, direction changes and gaps are all
/// explored, not just the payload.
/// <code>
/// chunk: flags (1: bit 0 = from the responder, bit 1 = a gap before it) | length (2, big-endian) | data (length, cut at the input's end)
/// </code>
/// </summary>
internal static class ChunkedInput
{
    /// <summary>Bytes of a chunk before its data.</summary>
    public const int HeaderLength = 3;

    private const byte FromResponderFlag = 0x01;
    private const byte GapFlag = 0x02;

    /// <summary>Capture time of the first chunk (2023-11-14), one millisecond later per chunk: deterministic.</summary>
    public const long FirstTimestampNs = 1_700_000_000_000_000_000;

    /// <summary>What one chunk asks for; <see cref="Data"/> points into the input.</summary>
    public readonly ref struct Chunk(Direction direction, bool gapBefore, ReadOnlySpan<byte> data, long timestampNs)
    {
        public Direction Direction { get; } = direction;
        public bool GapBefore { get; } = gapBefore;
        public ReadOnlySpan<byte> Data { get; } = data;
        public long TimestampNs { get; } = timestampNs;
    }

    /// <summary>Reads the chunk at <paramref name="offset"/> and moves past it; false when too few bytes are left.</summary>
    public static bool TryRead(ReadOnlySpan<byte> input, ref int offset, ref int index, out Chunk chunk)
    {
        if (input.Length - offset < HeaderLength)
        {
            chunk = default;
            return false;
        }
        var flags = input[offset];
        var length = BinaryPrimitives.ReadUInt16BigEndian(input[(offset + 1)..]);
        var start = offset + HeaderLength;
        var take = Math.Min(length, input.Length - start);
        var direction = (flags & FromResponderFlag) != 0 ? Direction.FromResponder : Direction.FromOriginator;
        chunk = new Chunk(direction, (flags & GapFlag) != 0, input.Slice(start, take), FirstTimestampNs + index * 1_000_000L);
        offset = start + take; // always advances by at least the header
        index++;
        return true;
    }

    /// <summary>Appends one chunk in the format above (seed writing); data longer than 65,535 bytes is cut.</summary>
    public static void Write(Stream output, Direction direction, ReadOnlySpan<byte> data)
    {
        var length = Math.Min(data.Length, ushort.MaxValue);
        Span<byte> header = stackalloc byte[HeaderLength];
        header[0] = direction == Direction.FromResponder ? FromResponderFlag : (byte)0;
        BinaryPrimitives.WriteUInt16BigEndian(header[1..], (ushort)length);
        output.Write(header);
        output.Write(data[..length]);
    }
}
