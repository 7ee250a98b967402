using System.Buffers.Binary;

namespace Vigil.Capture.Files;

/// <summary>
/// Writes a classic libpcap file (microsecond or nanosecond timestamps), streamed: nothing is
/// kept in memory but one record header. Used by the simulator and by tests that build captures.
/// </summary>
public sealed class PcapWriter : IDisposable
{
    private const uint MicrosecondMagic = 0xA1B2C3D4;
    private const uint NanosecondMagic = 0xA1B23C4D;
    private readonly Stream _stream;
    private readonly bool _nanoseconds;
    private readonly int _snapLength;
    private readonly byte[] _header = new byte[16];

    public PcapWriter(Stream stream, LinkType linkType, bool nanoseconds = false, int snapLength = 262144)
    {
        _stream = stream;
        _nanoseconds = nanoseconds;
        _snapLength = snapLength;
        Span<byte> fileHeader = stackalloc byte[24];
        BinaryPrimitives.WriteUInt32LittleEndian(fileHeader, nanoseconds ? NanosecondMagic : MicrosecondMagic);
        BinaryPrimitives.WriteUInt16LittleEndian(fileHeader[4..], 2);
        BinaryPrimitives.WriteUInt16LittleEndian(fileHeader[6..], 4);
        BinaryPrimitives.WriteInt32LittleEndian(fileHeader[8..], 0); // thiszone
        BinaryPrimitives.WriteUInt32LittleEndian(fileHeader[12..], 0); // sigfigs
        BinaryPrimitives.WriteInt32LittleEndian(fileHeader[16..], snapLength);
        BinaryPrimitives.WriteUInt32LittleEndian(fileHeader[20..], (uint)linkType);
        _stream.Write(fileHeader);
    }

    public static PcapWriter Create(string path, LinkType linkType, bool nanoseconds = false) =>
        new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16), linkType, nanoseconds);

    /// <summary>Writes one frame; <paramref name="originalLength"/> defaults to the frame's length.</summary>
    public void Write(long timestampNs, ReadOnlySpan<byte> frame, int originalLength = -1)
    {
        var captured = Math.Min(frame.Length, _snapLength);
        var seconds = Math.DivRem(timestampNs, 1_000_000_000L, out var remainderNs);
        BinaryPrimitives.WriteUInt32LittleEndian(_header, (uint)seconds);
        BinaryPrimitives.WriteUInt32LittleEndian(_header.AsSpan(4), (uint)(_nanoseconds ? remainderNs : remainderNs / 1000));
        BinaryPrimitives.WriteInt32LittleEndian(_header.AsSpan(8), captured);
        BinaryPrimitives.WriteInt32LittleEndian(_header.AsSpan(12), originalLength < 0 ? frame.Length : originalLength);
        _stream.Write(_header);
        _stream.Write(frame[..captured]);
    }

    public void Dispose() => _stream.Dispose();
}
