using System.Buffers.Binary;

namespace Vigil.Protocols.S7;

/// <summary>
/// Reads the S7comm header of a COTP TSDU.
/// <code>
///  0      1        2          4         6           8          10           12
///  +------+--------+----------+---------+-----------+----------+------------+----------+
///  | 0x32 | ROSCTR | redund.  | PDU ref | param len | data len | err class  | err code |
///  +------+--------+----------+---------+-----------+----------+------------+----------+
///  The error bytes exist only for ROSCTR 2 (ack) and 3 (ack-data); parameters, then data, follow.
/// </code>
/// </summary>
public static class S7PduReader
{
    /// <summary>The S7comm protocol id, first byte of every PDU.</summary>
    public const byte ProtocolId = 0x32;

    /// <summary>Job request.</summary>
    public const byte Job = 1;

    /// <summary>Acknowledgement with data (the reply to a job).</summary>
    public const byte AckData = 3;

    /// <summary>Userdata (programmer and CPU functions, SZL, clock).</summary>
    public const byte Userdata = 7;

    /// <summary>Splits <paramref name="tsdu"/>; false when the lengths do not fit.</summary>
    public static bool TryRead(ReadOnlySpan<byte> tsdu, out S7Pdu pdu)
    {
        pdu = default;
        if (tsdu.Length < 10 || tsdu[0] != ProtocolId)
        {
            return false;
        }
        var rosctr = tsdu[1];
        var headerLength = rosctr is 2 or 3 ? 12 : 10;
        if (tsdu.Length < headerLength)
        {
            return false;
        }
        int parameterLength = BinaryPrimitives.ReadUInt16BigEndian(tsdu[6..]);
        int dataLength = BinaryPrimitives.ReadUInt16BigEndian(tsdu[8..]);
        if (headerLength + parameterLength + dataLength > tsdu.Length)
        {
            return false;
        }
        pdu = new S7Pdu(
            rosctr,
            BinaryPrimitives.ReadUInt16BigEndian(tsdu[4..]),
            tsdu.Slice(headerLength, parameterLength),
            tsdu.Slice(headerLength + parameterLength, dataLength));
        return true;
    }
}
