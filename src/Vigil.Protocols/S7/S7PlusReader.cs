using System.Buffers.Binary;
using Vigil.Protocols.Framing;

namespace Vigil.Protocols.S7;

/// <summary>
/// Reads the head of an S7comm-plus PDU (TIA portal, S7-1200/1500) and counts requests as
/// <c>s7commplus/&lt;opcode&gt;/&lt;function&gt;</c>.
/// <code>
///  0      1        2..3       [V3: digest len(1) + digest]   4      5..6      7..8       9..10     11..12
///  +------+--------+----------+---------------------------+--------+---------+----------+---------+--------+
///  | 0x72 | version| data len | integrity (V3 only)       | opcode | reserved| function | reserved| seq nr |
///  +------+--------+----------+---------------------------+--------+---------+----------+---------+--------+
///  opcode 0x31 request, 0x32 response, 0x33 notification.
/// </code>
/// </summary>
public static class S7PlusReader
{
    /// <summary>The S7comm-plus protocol id.</summary>
    public const byte ProtocolId = 0x72;

    /// <summary>The request opcode.</summary>
    public const byte RequestOpcode = 0x31;

    private static readonly KeyTable Requests = new("s7commplus/49/", 0);

    /// <summary>Reads opcode and function; false when the PDU is too short.</summary>
    public static bool TryRead(ReadOnlySpan<byte> tsdu, out byte opcode, out ushort function)
    {
        opcode = 0;
        function = 0;
        if (tsdu.Length < 4 || tsdu[0] != ProtocolId)
        {
            return false;
        }
        var body = tsdu[4..];
        if (tsdu[1] == 3 && body.Length >= 1 && body[0] == 32)
        {
            body = body.Length >= 33 ? body[33..] : [];
        }
        if (body.Length < 5)
        {
            return false;
        }
        opcode = body[0];
        function = BinaryPrimitives.ReadUInt16BigEndian(body[3..]);
        return true;
    }

    /// <summary>Counts the PDU if it is a request.</summary>
    public static void Record(ReadOnlySpan<byte> tsdu, FlowFacts facts)
    {
        if (TryRead(tsdu, out var opcode, out var function) && opcode == RequestOpcode)
        {
            facts.AddOperation(Requests[function]);
        }
    }
}
