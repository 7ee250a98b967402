using System.Buffers.Binary;
using Vigil.Protocols.Framing;

namespace Vigil.Protocols.Enip;

/// <summary>
/// Counts CIP requests: <c>cip/&lt;service&gt;</c> (the service byte without the 0x80 reply bit) and
/// <c>cip/class/&lt;class&gt;</c> when the path names a class. Wrappers count as themselves and for
/// what they carry: Unconnected Send (0x52 to the Connection Manager, class 6) counts its embedded
/// request, and Multiple Service Packet (0x0A) each embedded request — as Wireshark does.
/// <code>
///  request:  service(1) | path size in words(1) | path | data
///  reply:    service|0x80 | reserved | general status | ext status words | ext status | data
///  0x52 data: priority/tick(1) | timeout ticks(1) | embedded size(2, LE) | embedded request | ...
///  0x0A data: count(2, LE) | offsets(2 each, from the count) | requests
/// </code>
/// </summary>
public static class CipRecorder
{
    private const byte ReplyBit = 0x80;
    private const byte MultipleServicePacket = 0x0A;
    private const byte UnconnectedSend = 0x52;
    private const uint ConnectionManager = 6;
    private const int MaxDepth = 2;
    private const int MaxEmbedded = 64;

    private static readonly KeyTable Services = new("cip/");
    private static readonly KeyTable Classes = new("cip/class/");

    /// <summary>Counts the request in <paramref name="message"/> (replies are ignored); false when it is malformed.</summary>
    public static bool Record(ReadOnlySpan<byte> message, FlowFacts facts) => Record(message, facts, 0);

    private static bool Record(ReadOnlySpan<byte> message, FlowFacts facts, int depth)
    {
        if (message.Length < 2)
        {
            return false;
        }
        var service = message[0];
        if ((service & ReplyBit) != 0)
        {
            return true;
        }
        var pathLength = 2 * message[1];
        if (2 + pathLength > message.Length)
        {
            return false;
        }
        facts.AddOperation(Services[service]);
        if (!CipPathReader.TryRead(message.Slice(2, pathLength), out var path))
        {
            return false;
        }
        if (path.Class is { } cls)
        {
            facts.AddOperation(Classes[cls]);
        }
        if (depth >= MaxDepth)
        {
            return true;
        }
        var data = message[(2 + pathLength)..];
        if (service == UnconnectedSend && path.Class == ConnectionManager && data.Length >= 4)
        {
            int size = BinaryPrimitives.ReadUInt16LittleEndian(data[2..]);
            return size <= data.Length - 4 && Record(data.Slice(4, size), facts, depth + 1);
        }
        if (service == MultipleServicePacket)
        {
            return RecordEach(data, facts, depth + 1);
        }
        return true;
    }

    private static bool RecordEach(ReadOnlySpan<byte> data, FlowFacts facts, int depth)
    {
        if (data.Length < 2)
        {
            return false;
        }
        int count = BinaryPrimitives.ReadUInt16LittleEndian(data);
        if (count > MaxEmbedded || 2 + 2 * count > data.Length)
        {
            return false;
        }
        var ok = true;
        for (var i = 0; i < count; i++)
        {
            int start = BinaryPrimitives.ReadUInt16LittleEndian(data[(2 + 2 * i)..]);
            int end = i + 1 < count ? BinaryPrimitives.ReadUInt16LittleEndian(data[(4 + 2 * i)..]) : data.Length;
            ok &= start < end && end <= data.Length && Record(data[start..end], facts, depth);
        }
        return ok;
    }
}
