using System.Buffers.Binary;
using Vigil.Protocols.Framing;

namespace Vigil.Protocols.OpcUa;

/// <summary>
/// Reads OPC UA binary (UA TCP) message chunks and the service type id of MSG/OPN/CLO chunks.
/// <code>
///  0..2 type "HEL"/"ACK"/"ERR"/"RHE"/"OPN"/"MSG"/"CLO" | 3 chunk 'F' final, 'C' more, 'A' abort | 4..7 size (LE, total)
///  MSG/CLO: channel id(4) | token id(4) | sequence nr(4) | request id(4) | type NodeId | body
///  OPN:     channel id(4) | policy uri(string) | certificate(bytes) | thumbprint(bytes) | seq(4) | req(4) | NodeId
///  NodeId:  0x00 id(1) | 0x01 ns(1) id(2) | 0x02 ns(2) id(4) (numeric forms; others are not services)
///  string/bytes: int32 length (LE, -1 = null) then bytes
/// </code>
/// </summary>
public static class OpcUaReader
{
    /// <summary>The chunk header length.</summary>
    public const int HeaderLength = 8;

    /// <summary>Largest chunk accepted (UA servers default to 64 KiB chunks; 16 MiB is the wire limit).</summary>
    public const int MaxChunkLength = 256 * 1024;

    /// <summary>Measures the chunk at the start of <paramref name="input"/>.</summary>
    public static FrameStatus ReadLength(ReadOnlySpan<byte> input, out int frameLength)
    {
        frameLength = 0;
        if (input.Length < HeaderLength)
        {
            return input.Length >= 3 && !IsKnownType(input) ? FrameStatus.Malformed : FrameStatus.NeedMoreData;
        }
        var size = BinaryPrimitives.ReadUInt32LittleEndian(input[4..]);
        if (!IsKnownType(input) || input[3] is not ((byte)'F' or (byte)'C' or (byte)'A') || size < HeaderLength || size > 16 * 1024 * 1024)
        {
            return FrameStatus.Malformed;
        }
        frameLength = (int)size;
        return FrameStatus.Complete;
    }

    /// <summary>Reads the numeric service type id of a MSG/OPN/CLO chunk (first or only chunk of a message).</summary>
    public static bool TryReadServiceId(ReadOnlySpan<byte> chunk, out uint serviceId)
    {
        serviceId = 0;
        if (chunk.Length < 12)
        {
            return false;
        }
        var body = chunk[12..];
        if (chunk[0] == (byte)'O')
        {
            if (!SkipString(ref body) || !SkipString(ref body) || !SkipString(ref body))
            {
                return false;
            }
        }
        else
        {
            body = body.Length >= 4 ? body[4..] : [];
        }
        // Sequence header: sequence number(4), request id(4).
        return body.Length >= 8 && TryReadNumericNodeId(body[8..], out serviceId);
    }

    /// <summary>Content probe: a known chunk header.</summary>
    public static bool Looks(Direction direction, ReadOnlySpan<byte> firstBytes) =>
        ReadLength(firstBytes, out _) == FrameStatus.Complete;

    private static bool TryReadNumericNodeId(ReadOnlySpan<byte> input, out uint id)
    {
        id = 0;
        if (input.IsEmpty)
        {
            return false;
        }
        switch (input[0])
        {
            case 0x00 when input.Length >= 2:
                id = input[1];
                return true;
            case 0x01 when input.Length >= 4:
                id = BinaryPrimitives.ReadUInt16LittleEndian(input[2..]);
                return true;
            case 0x02 when input.Length >= 7:
                id = BinaryPrimitives.ReadUInt32LittleEndian(input[3..]);
                return true;
            default:
                return false;
        }
    }

    private static bool SkipString(ref ReadOnlySpan<byte> input)
    {
        if (input.Length < 4)
        {
            return false;
        }
        var length = BinaryPrimitives.ReadInt32LittleEndian(input);
        if (length < 0)
        {
            input = input[4..];
            return true;
        }
        if (length > input.Length - 4)
        {
            return false;
        }
        input = input[(4 + length)..];
        return true;
    }

    private static bool IsKnownType(ReadOnlySpan<byte> input) =>
        input[..3].SequenceEqual("HEL"u8) || input[..3].SequenceEqual("ACK"u8) || input[..3].SequenceEqual("ERR"u8)
        || input[..3].SequenceEqual("RHE"u8) || input[..3].SequenceEqual("OPN"u8) || input[..3].SequenceEqual("MSG"u8)
        || input[..3].SequenceEqual("CLO"u8);
}
