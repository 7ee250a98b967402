using System.Buffers.Binary;

namespace Vigil.Capture.Files;

/// <summary>
/// pcapng files (draft-ietf-opsawg-pcapng). Every block is framed the same way, so unknown blocks
/// are skipped by length:
/// <code>
/// block      type u32 | total length u32 | body … | total length u32 (again)
/// SHB  0x0A0D0D0A  byte-order magic 0x1A2B3C4D | major u16 | minor u16 | section length i64 | options
/// IDB  1           link type u16 | reserved u16 | snaplen u32 | options (if_tsresol 9, if_tsoffset 14)
/// EPB  6           interface id u32 | ts high u32 | ts low u32 | captured u32 | original u32 | data, padded to 4
/// SPB  3           original u32 | data (captured = min(original, block room, snaplen of interface 0))
/// PB   2 (old)     interface id u16 | drops u16 | ts high u32 | ts low u32 | captured u32 | original u32 | data
/// </code>
/// Each section (SHB) has its own byte order and its own interface numbering.
/// </summary>
internal sealed class PcapngFormat : CaptureFormat
{
    public const uint SectionHeaderType = 0x0A0D0D0A;
    private const uint ByteOrderMagic = 0x1A2B3C4D;
    private const uint InterfaceType = 1;
    private const uint ObsoletePacketType = 2;
    private const uint SimplePacketType = 3;
    private const uint EnhancedPacketType = 6;
    private const uint MaxBlockLength = 64 << 20;

    private readonly List<PcapngInterface> _interfaces = [];
    private bool _bigEndian;
    private long _lastTimestampNs;

    public PcapngFormat(List<string> warnings)
        : base(warnings)
    {
    }

    public override string Description => $"pcapng ({(_bigEndian ? "big" : "little")}-endian, {_interfaces.Count} interface(s))";

    /// <summary>True when a section header's byte-order magic (at offset 8) reads right in either order.</summary>
    public static bool HasByteOrderMagic(ReadOnlySpan<byte> firstTwelve)
    {
        var magic = BinaryPrimitives.ReadUInt32LittleEndian(firstTwelve[8..]);
        return magic == ByteOrderMagic || magic == BinaryPrimitives.ReverseEndianness(ByteOrderMagic);
    }

    public override bool TryRead(ReadBuffer buffer, out RawFrame frame)
    {
        frame = default;
        // Each pass consumes one whole block (at least 12 bytes) or returns: the loop always progresses.
        while (true)
        {
            if (!buffer.Ensure(12))
            {
                return StopTruncated(buffer, "block header", 12);
            }
            var head = buffer.Peek(12);
            var type = BinaryPrimitives.ReadUInt32LittleEndian(head);
            if (type == SectionHeaderType)
            {
                // The type is a palindrome; the byte order comes from the magic that follows it.
                var magic = BinaryPrimitives.ReadUInt32LittleEndian(head[8..]);
                if (magic != ByteOrderMagic && magic != BinaryPrimitives.ReverseEndianness(ByteOrderMagic))
                {
                    if (!Resync(buffer, $"corrupt section header at byte {buffer.Position}: byte-order magic 0x{magic:X8}"))
                    {
                        return false;
                    }
                    continue;
                }
                _bigEndian = magic != ByteOrderMagic;
            }
            else
            {
                type = Read32(head);
            }
            var length = Read32(head[4..]);
            if (length < 12 || length % 4 != 0 || length > MaxBlockLength)
            {
                if (!Resync(buffer, $"corrupt block at byte {buffer.Position}: block length {length}"))
                {
                    return false;
                }
                continue;
            }
            if (!buffer.Ensure((int)length))
            {
                return StopTruncated(buffer, "block", length);
            }
            var block = buffer.Peek((int)length);
            var trailer = Read32(block[^4..]);
            if (trailer != length)
            {
                if (!Resync(buffer, $"corrupt block at byte {buffer.Position}: block length {length} but trailing length {trailer}"))
                {
                    return false;
                }
                continue;
            }
            var position = buffer.Position;
            switch (type)
            {
                case SectionHeaderType:
                    _interfaces.Clear();
                    break;
                case InterfaceType:
                    if (!ReadInterface(block, position))
                    {
                        return false;
                    }
                    break;
                case EnhancedPacketType:
                case ObsoletePacketType:
                case SimplePacketType:
                    // A packet block whose framing is sound but whose fields are not is skipped whole.
                    if (ReadPacket(type, block, position, out frame) is { } problem)
                    {
                        NoteSkipped($"{problem}; block skipped", length);
                        break;
                    }
                    buffer.Advance((int)length);
                    return true;
            }
            buffer.Advance((int)length);
        }
    }

    private bool ReadInterface(ReadOnlySpan<byte> block, long position)
    {
        if (block.Length < 20)
        {
            return Stop($"corrupt interface description at byte {position}: {block.Length} bytes; stopped");
        }
        var linkType = (LinkType)Read16(block[8..]);
        var snapLength = Read32(block[12..]);
        byte tsresol = 6;
        long offsetSeconds = 0;
        var options = block[16..^4];
        // Each option is at least 4 bytes, so the walk always progresses.
        while (options.Length >= 4)
        {
            var code = Read16(options);
            var valueLength = Read16(options[2..]);
            if (code == 0 || 4 + valueLength > options.Length)
            {
                break;
            }
            var value = options.Slice(4, valueLength);
            if (code == 9 && valueLength >= 1)
            {
                tsresol = value[0];
            }
            else if (code == 14 && valueLength >= 8)
            {
                offsetSeconds = _bigEndian ? BinaryPrimitives.ReadInt64BigEndian(value) : BinaryPrimitives.ReadInt64LittleEndian(value);
            }
            options = options[Math.Min(options.Length, 4 + (valueLength + 3 & ~3))..];
        }
        _interfaces.Add(PcapngInterface.Create(linkType, snapLength, tsresol, offsetSeconds, out var usable));
        if (!usable)
        {
            Warnings.Add($"interface {_interfaces.Count - 1} at byte {position} has an unusable timestamp resolution (if_tsresol 0x{tsresol:X2}); its timestamps read as 0");
        }
        return true;
    }

    private string? ReadPacket(uint type, ReadOnlySpan<byte> block, long position, out RawFrame frame)
    {
        frame = default;
        var minimum = type == SimplePacketType ? 16 : 32;
        if (block.Length < minimum)
        {
            return $"corrupt packet block at byte {position}: {block.Length} bytes";
        }
        if (type == SimplePacketType)
        {
            return ReadSimplePacket(block, position, out frame);
        }
        var interfaceId = type == EnhancedPacketType ? Read32(block[8..]) : Read16(block[8..]);
        if (interfaceId >= (uint)_interfaces.Count)
        {
            return $"packet block at byte {position} refers to interface {interfaceId} of {_interfaces.Count}";
        }
        var ticks = (ulong)Read32(block[12..]) << 32 | Read32(block[16..]);
        var captured = Read32(block[20..]);
        var original = Read32(block[24..]);
        if (captured > (uint)block.Length - 32)
        {
            return $"corrupt packet block at byte {position}: captured length {captured} exceeds the block";
        }
        var description = _interfaces[(int)interfaceId];
        _lastTimestampNs = description.ToNanoseconds(ticks);
        frame = new RawFrame(_lastTimestampNs, description.LinkType, (int)Math.Min(original, int.MaxValue), block.Slice(28, (int)captured));
        return null;
    }

    private string? ReadSimplePacket(ReadOnlySpan<byte> block, long position, out RawFrame frame)
    {
        frame = default;
        if (_interfaces.Count == 0)
        {
            return $"simple packet block at byte {position} before any interface description";
        }
        var description = _interfaces[0];
        var original = Read32(block[8..]);
        var captured = Math.Min(original, (uint)block.Length - 16);
        if (description.SnapLength != 0)
        {
            captured = Math.Min(captured, description.SnapLength);
        }
        // A simple packet has no timestamp: it takes its predecessor's so capture time never jumps to 1970.
        frame = new RawFrame(_lastTimestampNs, description.LinkType, (int)Math.Min(original, int.MaxValue), block.Slice(12, (int)captured));
        return null;
    }

    /// <inheritdoc />
    protected override int ResyncStride => 4;

    /// <inheritdoc />
    protected override bool IsPlausibleRecordAt(ReadBuffer buffer)
    {
        if (!buffer.Ensure(12))
        {
            return false;
        }
        var head = buffer.Peek(12);
        var type = BinaryPrimitives.ReadUInt32LittleEndian(head);
        if (type == SectionHeaderType)
        {
            return HasByteOrderMagic(head);
        }
        type = Read32(head);
        var length = Read32(head[4..]);
        // Known block types only (interface, packets, name resolution, statistics, decryption secrets), framed
        // right: the length repeated at the block's end, and a packet block naming an interface that exists.
        if (type is not (InterfaceType or ObsoletePacketType or SimplePacketType or 4 or 5 or EnhancedPacketType or 10)
            || length < 12 || length % 4 != 0 || length > MaxBlockLength || !buffer.Ensure((int)length))
        {
            return false;
        }
        var block = buffer.Peek((int)length);
        if (Read32(block[^4..]) != length)
        {
            return false;
        }
        return type != EnhancedPacketType || (length >= 32 && Read32(block[8..]) < (uint)_interfaces.Count);
    }

    private uint Read32(ReadOnlySpan<byte> bytes) =>
        _bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes);

    private ushort Read16(ReadOnlySpan<byte> bytes) =>
        _bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes) : BinaryPrimitives.ReadUInt16LittleEndian(bytes);
}
