namespace Vigil.Protocols.S7;

/// <summary>
/// The userdata parameter head of an S7comm ROSCTR 7 PDU.
/// <code>
///  0..2         3          4        5                    6         7
///  +------------+----------+--------+--------------------+---------+---------+
///  | 00 01 12   | par len  | method | type(hi) group(lo) | subfunc | seq num |
///  +------------+----------+--------+--------------------+---------+---------+
///  type: 0 push, 4 request, 8 response. Data: return code, transport size, length(2), payload.
/// </code>
/// </summary>
public readonly record struct S7Userdata(byte Type, byte Group, byte Subfunction)
{
    /// <summary>Type nibble of a request.</summary>
    public const byte Request = 4;

    /// <summary>Type nibble of a response.</summary>
    public const byte Response = 8;

    /// <summary>Reads the parameter head; false when it is too short.</summary>
    public static bool TryRead(ReadOnlySpan<byte> parameters, out S7Userdata userdata)
    {
        userdata = default;
        if (parameters.Length < 8)
        {
            return false;
        }
        userdata = new S7Userdata((byte)(parameters[5] >> 4), (byte)(parameters[5] & 0x0F), parameters[6]);
        return true;
    }

    /// <summary>The payload of a userdata data block (after return code, transport size and length).</summary>
    public static ReadOnlySpan<byte> Payload(ReadOnlySpan<byte> data) => data.Length >= 4 ? data[4..] : [];
}
