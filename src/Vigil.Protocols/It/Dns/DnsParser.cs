using System.Buffers.Binary;
using Vigil.Protocols.Facts;

namespace Vigil.Protocols.It.Dns;

/// <summary>
/// DNS (also mDNS and LLMNR, which share the message format) over UDP, one message per
/// datagram, or over TCP, where each message is preceded by a 2-byte length (RFC 1035 §4.2.2).
/// </summary>
public sealed class DnsParser : IStreamParser
{
    private const string Protocol = "dns";
    private readonly bool _overTcp;
    private readonly FlowBuffer[] _pending;

    public DnsParser(bool overTcp)
    {
        _overTcp = overTcp;
        _pending = overTcp ? [new(2 + ushort.MaxValue), new(2 + ushort.MaxValue)] : [];
    }

    public void Feed(Direction direction, ReadOnlySpan<byte> data, long timestampNs, FlowFacts facts)
    {
        if (!_overTcp)
        {
            DnsMessageReader.Read(data, timestampNs, facts);
            return;
        }
        var pending = _pending[(int)direction];
        var input = pending.Prepend(data);
        var position = 0;
        while (input.Length - position >= 2)
        {
            var length = BinaryPrimitives.ReadUInt16BigEndian(input[position..]);
            if (input.Length - position - 2 < length)
            {
                break;
            }
            DnsMessageReader.Read(input.Slice(position + 2, length), timestampNs, facts);
            position += 2 + length;
        }
        if (!pending.Retain(input[position..]))
        {
            facts.AddAnomaly(Protocol, "buffer_overflow", timestampNs);
        }
    }

    public void OnGap(Direction direction)
    {
        if (_overTcp)
        {
            _pending[(int)direction].Clear();
        }
    }
}
