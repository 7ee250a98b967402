using Vigil.Protocols.Facts;

namespace Vigil.Protocols.It.Smb;

/// <summary>
/// SMB over TCP 445 (direct) or 139 (NetBIOS session service, RFC 1002 §4.3): each message has
/// a 4-byte header, type then a 24-bit big-endian length. Only the first
/// <see cref="PeekLength"/> bytes of a message are buffered (headers, NEGOTIATE, TREE_CONNECT
/// fit easily); the rest of a large READ/WRITE is skipped without being stored.
/// <code>
/// | type (1): 0x00 session message, 0x81 session request, 0x82/0x83 response, 0x85 keep-alive | length (3) |
/// </code>
/// </summary>
public sealed class SmbParser : IStreamParser
{
    public const int PeekLength = 4096;
    private const string Protocol = "smb";
    private const int NbssHeaderLength = 4;
    private readonly FlowBuffer[] _pending = [new(NbssHeaderLength + PeekLength), new(NbssHeaderLength + PeekLength)];
    private readonly int[] _skip = new int[2];
    private readonly bool[] _done = new bool[2];

    public void Feed(Direction direction, ReadOnlySpan<byte> data, long timestampNs, FlowFacts facts)
    {
        var side = (int)direction;
        if (_done[side])
        {
            return;
        }
        var skipped = Math.Min(_skip[side], data.Length);
        _skip[side] -= skipped;
        data = data[skipped..];
        if (data.IsEmpty)
        {
            return;
        }
        var input = _pending[side].Prepend(data);
        var position = 0;
        while (input.Length - position >= NbssHeaderLength)
        {
            var packet = input[position..];
            var type = packet[0];
            var length = packet[1] << 16 | packet[2] << 8 | packet[3];
            if (type is not (0x00 or 0x81 or 0x82 or 0x83 or 0x84 or 0x85))
            {
                facts.AddAnomaly(Protocol, "invalid_nbss", timestampNs);
                _pending[side].Clear();
                _done[side] = true;
                return;
            }
            var wanted = Math.Min(length, PeekLength);
            var available = packet.Length - NbssHeaderLength;
            if (available < wanted)
            {
                break; // need more data
            }
            if (type == 0x00)
            {
                OnMessage(packet.Slice(NbssHeaderLength, wanted), timestampNs, facts);
            }
            if (available < length)
            {
                _skip[side] = length - available;
                position = input.Length;
                break;
            }
            position += NbssHeaderLength + length;
        }
        _pending[side].Retain(input[position..]); // never more than one header plus PeekLength
    }

    public void OnGap(Direction direction)
    {
        var side = (int)direction;
        _pending[side].Clear();
        _skip[side] = 0;
        _done[side] = true; // framing is lost for good
    }

    private static void OnMessage(ReadOnlySpan<byte> message, long timestampNs, FlowFacts facts)
    {
        if (message.StartsWith(SmbMagic.Smb2))
        {
            Smb2Reader.Read(message, timestampNs, facts);
        }
        else if (message.StartsWith(SmbMagic.Smb1))
        {
            Smb1Reader.Read(message, timestampNs, facts);
        }
        else if (message.StartsWith(SmbMagic.Transform) || message.StartsWith(SmbMagic.Compressed))
        {
            facts.AddOperation(message[0] == 0xFD ? "smb3/encrypted" : "smb3/compressed");
        }
        else
        {
            facts.AddAnomaly(Protocol, "unknown_smb_protocol", timestampNs);
        }
    }
}
