using System.Buffers.Binary;

namespace Vigil.Capture.Files;

/// <summary>
/// Classic libpcap files. Layout (all fields in the writer's byte order, told by the magic):
/// <code>
/// file header (24)  magic u32 | version major u16, minor u16 | thiszone i32 | sigfigs u32 | snaplen u32 | linktype u32
/// record header (16) ts_sec u32 | ts_frac u32 (µs, or ns with the 0xA1B23C4D magic) | incl_len u32 | orig_len u32
/// </code>
/// Kuznetzov's "modified" format (magic 0xA1B2CD34) adds 8 bytes per record header
/// (ifindex, protocol, pkt_type, pad), which are skipped.
/// </summary>
internal sealed class PcapFormat : CaptureFormat
{
    public const int FileHeaderLength = 24;
    public const uint MicrosecondMagic = 0xA1B2C3D4;
    public const uint NanosecondMagic = 0xA1B23C4D;
    public const uint ModifiedMagic = 0xA1B2CD34;

    /// <summary>The largest record Wireshark accepts for ordinary link types; larger means corrupt.</summary>
    private const uint StandardMaxRecord = 262_144;

    private const uint AbsoluteMaxRecord = 64 << 20;

    private readonly bool _bigEndian;
    private readonly long _fractionToNs;
    private readonly int _recordHeaderLength;
    private readonly uint _maxRecord;
    private readonly LinkType _linkType;

    /// <summary>Seconds of the last good record; a resync candidate more than a day away from it is not believed.</summary>
    private long _lastSeconds = -1;

    private PcapFormat(List<string> warnings, bool bigEndian, uint magic, uint snapLength, LinkType linkType)
        : base(warnings)
    {
        _bigEndian = bigEndian;
        _fractionToNs = magic == NanosecondMagic ? 1 : 1000;
        _recordHeaderLength = magic == ModifiedMagic ? 24 : 16;
        _maxRecord = Math.Clamp(snapLength, StandardMaxRecord, AbsoluteMaxRecord);
        _linkType = linkType;
        Description = $"pcap ({(magic == NanosecondMagic ? "nanoseconds" : "microseconds")}, {(bigEndian ? "big" : "little")}-endian, link type {(ushort)linkType})";
    }

    public override string Description { get; }

    /// <summary>True when the first four bytes are a pcap magic in either byte order.</summary>
    public static bool IsMagic(uint littleEndianMagic) =>
        IsKnown(littleEndianMagic) || IsKnown(BinaryPrimitives.ReverseEndianness(littleEndianMagic));

    /// <summary>Reads the 24-byte file header; the caller checked the magic with <see cref="IsMagic"/>.</summary>
    public static PcapFormat FromHeader(ReadOnlySpan<byte> header, List<string> warnings)
    {
        var magic = BinaryPrimitives.ReadUInt32LittleEndian(header);
        var bigEndian = !IsKnown(magic);
        var snapLength = Read32(header[16..], bigEndian);
        // The upper bits of the link-type field carry FCS information; the type is the low 16.
        var linkType = (LinkType)(ushort)Read32(header[20..], bigEndian);
        return new PcapFormat(warnings, bigEndian, bigEndian ? BinaryPrimitives.ReverseEndianness(magic) : magic, snapLength, linkType);
    }

    public override bool TryRead(ReadBuffer buffer, out RawFrame frame)
    {
        frame = default;
        var headerLength = _recordHeaderLength;
        if (!buffer.Ensure(headerLength))
        {
            return StopTruncated(buffer, "record header", headerLength);
        }
        var header = buffer.Peek(headerLength);
        var seconds = Read32(header, _bigEndian);
        var fraction = Read32(header[4..], _bigEndian);
        var included = Read32(header[8..], _bigEndian);
        var original = Read32(header[12..], _bigEndian);
        if (included > _maxRecord)
        {
            // Resync leaves the buffer at a record whose header passed every check, so reading it cannot fail this way again.
            return Resync(buffer, $"corrupt record at byte {buffer.Position}: captured length {included} exceeds {_maxRecord}")
                && TryRead(buffer, out frame);
        }
        var total = headerLength + (int)included;
        if (!buffer.Ensure(total))
        {
            return StopTruncated(buffer, "record", total);
        }
        _lastSeconds = seconds;
        var timestampNs = unchecked((long)seconds * 1_000_000_000L + fraction * _fractionToNs);
        frame = new RawFrame(timestampNs, _linkType, (int)Math.Min(original, int.MaxValue), buffer.Peek(total)[headerLength..]);
        buffer.Advance(total);
        return true;
    }

    /// <inheritdoc />
    protected override bool IsPlausibleRecordAt(ReadBuffer buffer)
    {
        var headerLength = _recordHeaderLength;
        if (!buffer.Ensure(headerLength) || !IsPlausibleHeader(buffer.Peek(headerLength), out var included))
        {
            return false;
        }
        // The record after this one must be plausible too, unless this one ends the file exactly.
        var next = headerLength + (int)included;
        if (!buffer.Ensure(next + headerLength))
        {
            return buffer.Available == next;
        }
        return IsPlausibleHeader(buffer.Peek(next + headerLength)[next..], out _);
    }

    private bool IsPlausibleHeader(ReadOnlySpan<byte> header, out uint included)
    {
        var seconds = Read32(header, _bigEndian);
        var fraction = Read32(header[4..], _bigEndian);
        included = Read32(header[8..], _bigEndian);
        var original = Read32(header[12..], _bigEndian);
        return included <= _maxRecord && included <= original && original <= AbsoluteMaxRecord
            && fraction < (_fractionToNs == 1 ? 1_000_000_000u : 1_000_000u)
            && (_lastSeconds < 0 || Math.Abs(seconds - _lastSeconds) <= 86_400);
    }

    private static bool IsKnown(uint magic) => magic is MicrosecondMagic or NanosecondMagic or ModifiedMagic;

    private static uint Read32(ReadOnlySpan<byte> bytes, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes);
}
