using System.Buffers.Binary;
using Vigil.Capture.Decoding;

namespace Vigil.Protocols.Tests.It.Captures;

/// <summary>
/// A test-only reader of classic pcap files (Ethernet, optional VLAN tags, IPv4, TCP/UDP) that
/// runs every flow through a <see cref="FlowDissector"/>. TCP is put back in order the simple
/// way: retransmitted bytes are trimmed, a hole becomes a gap. Enough for the shared captures.
/// </summary>
internal static class PcapFlows
{
    public static List<FlowDissector> Dissect(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var flows = new Dictionary<(uint, ushort, uint, ushort, byte), FlowState>();
        var swapped = BinaryPrimitives.ReadUInt32LittleEndian(bytes) is 0xD4C3B2A1 or 0x4D3CB2A1;
        var nanos = BinaryPrimitives.ReadUInt32LittleEndian(bytes) is 0xA1B23C4D or 0x4D3CB2A1;
        var offset = 24;
        while (offset + 16 <= bytes.Length)
        {
            var seconds = Read32(bytes, offset, swapped);
            var fraction = Read32(bytes, offset + 4, swapped);
            var captured = (int)Read32(bytes, offset + 8, swapped);
            offset += 16;
            if (captured < 0 || offset + captured > bytes.Length)
            {
                break;
            }
            var timestamp = seconds * 1_000_000_000L + (nanos ? fraction : fraction * 1000L);
            OnFrame(bytes.AsSpan(offset, captured), timestamp, flows);
            offset += captured;
        }
        return [.. flows.Values.Select(f => f.Dissector)];
    }

    private static void OnFrame(ReadOnlySpan<byte> frame, long timestamp, Dictionary<(uint, ushort, uint, ushort, byte), FlowState> flows)
    {
        var position = 12;
        while (frame.Length >= position + 2 && BinaryPrimitives.ReadUInt16BigEndian(frame[position..]) is EtherTypes.Vlan or EtherTypes.QinQ)
        {
            position += 4;
        }
        if (frame.Length < position + 22 || BinaryPrimitives.ReadUInt16BigEndian(frame[position..]) != EtherTypes.IPv4)
        {
            return;
        }
        var ip = frame[(position + 2)..];
        var headerLength = (ip[0] & 0x0F) * 4;
        var totalLength = Math.Min(BinaryPrimitives.ReadUInt16BigEndian(ip[2..]), ip.Length);
        var protocol = ip[9];
        if ((BinaryPrimitives.ReadUInt16BigEndian(ip[6..]) & 0x3FFF) != 0 || totalLength < headerLength + 8)
        {
            return; // fragments are not reassembled here
        }
        var source = BinaryPrimitives.ReadUInt32BigEndian(ip[12..]);
        var destination = BinaryPrimitives.ReadUInt32BigEndian(ip[16..]);
        var transport = ip[headerLength..totalLength];
        var sourcePort = BinaryPrimitives.ReadUInt16BigEndian(transport);
        var destinationPort = BinaryPrimitives.ReadUInt16BigEndian(transport[2..]);
        ReadOnlySpan<byte> payload;
        uint sequence = 0;
        var syn = false;
        if (protocol == 6 && transport.Length >= 20)
        {
            sequence = BinaryPrimitives.ReadUInt32BigEndian(transport[4..]);
            syn = (transport[13] & 0x02) != 0;
            payload = transport[Math.Min(transport.Length, (transport[12] >> 4) * 4)..];
        }
        else if (protocol == 17)
        {
            payload = transport[8..];
        }
        else
        {
            return;
        }
        var key = (source, sourcePort, destination, destinationPort, protocol);
        var reverse = (destination, destinationPort, source, sourcePort, protocol);
        Direction direction;
        if (flows.TryGetValue(key, out var flow))
        {
            direction = Direction.FromOriginator;
        }
        else if (flows.TryGetValue(reverse, out flow))
        {
            direction = Direction.FromResponder;
        }
        else
        {
            // Without a SYN we guess the lower port is the server, as flow trackers do.
            var originatorIsSource = syn ? (transport[13] & 0x10) == 0 : sourcePort >= destinationPort;
            flow = new FlowState(new FlowDissector((TransportProtocol)protocol, originatorIsSource ? sourcePort : destinationPort, originatorIsSource ? destinationPort : sourcePort));
            flows[originatorIsSource ? key : reverse] = flow;
            direction = originatorIsSource ? Direction.FromOriginator : Direction.FromResponder;
        }
        if (protocol == 17)
        {
            flow.Dissector.Feed(direction, payload, timestamp);
            return;
        }
        flow.FeedTcp(direction, sequence + (syn ? 1u : 0u), payload, timestamp);
    }

    private static long Read32(byte[] bytes, int offset, bool swapped) =>
        swapped ? BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset)) : BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset));

    private sealed class FlowState(FlowDissector dissector)
    {
        private readonly uint?[] _next = new uint?[2];

        public FlowDissector Dissector { get; } = dissector;

        public void FeedTcp(Direction direction, uint sequence, ReadOnlySpan<byte> payload, long timestamp)
        {
            var side = (int)direction;
            if (payload.IsEmpty)
            {
                _next[side] ??= sequence;
                return;
            }
            var expected = _next[side] ?? sequence;
            var ahead = (int)(sequence - expected);
            if (ahead < 0)
            {
                if (-ahead >= payload.Length)
                {
                    return; // a pure retransmission
                }
                payload = payload[-ahead..];
            }
            else if (ahead > 0)
            {
                Dissector.OnGap(direction);
            }
            Dissector.Feed(direction, payload, timestamp);
            // After trimming, the payload starts at the expected byte (or, past a gap, at its own sequence).
            _next[side] = (ahead < 0 ? expected : sequence) + (uint)payload.Length;
        }
    }
}
