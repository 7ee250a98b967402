using System.Buffers.Binary;
using Vigil.Capture.Files;

namespace Vigil.Capture.Tests.Fixtures;

/// <summary>
/// Writes pcapng blocks field by field, in either byte order (chosen per section, as the format
/// allows): type (4) | total length (4) | body padded to 4 | total length (4).
/// </summary>
internal sealed class PcapngBuilder
{
    private readonly MemoryStream _stream = new();
    private bool _bigEndian;

    /// <summary>Section Header Block: byte-order magic | major 1 | minor 0 | section length -1 (unknown).</summary>
    public PcapngBuilder Section(bool bigEndian = false)
    {
        _bigEndian = bigEndian;
        var body = new byte[16];
        Write32(body, 0x1A2B3C4D);
        Write16(body.AsSpan(4), 1);
        Write16(body.AsSpan(6), 0);
        Write64(body.AsSpan(8), ulong.MaxValue);
        return Block(0x0A0D0D0A, body);
    }

    /// <summary>Interface Description Block: link type | reserved | snaplen | options (if_tsresol, if_tsoffset, end).</summary>
    public PcapngBuilder Interface(LinkType linkType, byte? tsresol = null, long? tsoffsetSeconds = null, uint snapLength = 0)
    {
        var body = new List<byte>();
        var fixedPart = new byte[8];
        Write16(fixedPart, (ushort)linkType);
        Write32(fixedPart.AsSpan(4), snapLength);
        body.AddRange(fixedPart);
        body.AddRange(Option(2, "eth0"u8.ToArray())); // if_name, which the reader must step over
        if (tsresol is { } resolution)
        {
            body.AddRange(Option(9, [resolution]));
        }
        if (tsoffsetSeconds is { } offset)
        {
            var value = new byte[8];
            Write64(value, (ulong)offset);
            body.AddRange(Option(14, value));
        }
        body.AddRange(Option(0, [])); // opt_endofopt
        return Block(1, body.ToArray());
    }

    /// <summary>Enhanced Packet Block: interface id | timestamp high | timestamp low | captured | original | data.</summary>
    public PcapngBuilder Enhanced(uint interfaceId, ulong ticks, byte[] data, int? originalLength = null)
    {
        var body = new byte[20 + data.Length];
        Write32(body, interfaceId);
        Write32(body.AsSpan(4), (uint)(ticks >> 32));
        Write32(body.AsSpan(8), (uint)ticks);
        Write32(body.AsSpan(12), (uint)data.Length);
        Write32(body.AsSpan(16), (uint)(originalLength ?? data.Length));
        data.CopyTo(body, 20);
        return Block(6, body);
    }

    /// <summary>Simple Packet Block: original length | data.</summary>
    public PcapngBuilder Simple(byte[] data)
    {
        var body = new byte[4 + data.Length];
        Write32(body, (uint)data.Length);
        data.CopyTo(body, 4);
        return Block(3, body);
    }

    /// <summary>Obsolete Packet Block: interface id (2) | drops (2) | timestamp high | low | captured | original | data.</summary>
    public PcapngBuilder ObsoletePacket(ushort interfaceId, ulong ticks, byte[] data)
    {
        var body = new byte[20 + data.Length];
        Write16(body, interfaceId);
        Write16(body.AsSpan(2), 0);
        Write32(body.AsSpan(4), (uint)(ticks >> 32));
        Write32(body.AsSpan(8), (uint)ticks);
        Write32(body.AsSpan(12), (uint)data.Length);
        Write32(body.AsSpan(16), (uint)data.Length);
        data.CopyTo(body, 20);
        return Block(2, body);
    }

    /// <summary>Any other block (Name Resolution 4, Interface Statistics 5, Decryption Secrets 10, custom 0xBAD…).</summary>
    public PcapngBuilder Block(uint type, byte[] body)
    {
        var padded = (body.Length + 3) & ~3;
        var block = new byte[12 + padded];
        Write32(block, type);
        Write32(block.AsSpan(4), (uint)block.Length);
        body.CopyTo(block, 8);
        Write32(block.AsSpan(block.Length - 4), (uint)block.Length);
        _stream.Write(block);
        return this;
    }

    /// <summary>Bytes as they are, for corrupt fixtures.</summary>
    public PcapngBuilder Raw(byte[] bytes)
    {
        _stream.Write(bytes);
        return this;
    }

    public byte[] ToArray() => _stream.ToArray();

    private byte[] Option(ushort code, byte[] value)
    {
        var option = new byte[4 + ((value.Length + 3) & ~3)];
        Write16(option, code);
        Write16(option.AsSpan(2), (ushort)value.Length);
        value.CopyTo(option, 4);
        return option;
    }

    private void Write16(Span<byte> span, ushort value)
    {
        if (_bigEndian) { BinaryPrimitives.WriteUInt16BigEndian(span, value); } else { BinaryPrimitives.WriteUInt16LittleEndian(span, value); }
    }

    private void Write32(Span<byte> span, uint value)
    {
        if (_bigEndian) { BinaryPrimitives.WriteUInt32BigEndian(span, value); } else { BinaryPrimitives.WriteUInt32LittleEndian(span, value); }
    }

    private void Write64(Span<byte> span, ulong value)
    {
        if (_bigEndian) { BinaryPrimitives.WriteUInt64BigEndian(span, value); } else { BinaryPrimitives.WriteUInt64LittleEndian(span, value); }
    }
}
