namespace Vigil.Protocols.S7;

/// <summary>
/// Names the PI service of an S7comm job 0x28, the call behind PLC start (P_PROGRAM) and block
/// delete (_DELE).
/// <code>
///  0      1..7          8..9              10..          n          n+1..
///  +------+-------------+-----------------+-------------+----------+--------------+
///  | 0x28 | 7 unknown   | param block len | param block | name len | service name |
///  +------+-------------+-----------------+-------------+----------+--------------+
/// </code>
/// </summary>
internal static class S7PiService
{
    private const string Other = "s7comm/pi/other";

    // Known names with their cached keys, so no string is built per PDU.
    private static readonly (byte[] Name, string Key)[] Known =
    [
        .. new[] { "_DELE", "P_PROGRAM", "_INSE", "_GARB", "_MODU", "_EXEC", "_N_" }
            .Select(n => (System.Text.Encoding.ASCII.GetBytes(n), "s7comm/pi/" + n)),
    ];

    /// <summary>The operation key for the PI service named in <paramref name="parameters"/>.</summary>
    public static string Key(ReadOnlySpan<byte> parameters)
    {
        if (parameters.Length < 10)
        {
            return Other;
        }
        var blockLength = (parameters[8] << 8) | parameters[9];
        var nameAt = 10 + blockLength;
        if (nameAt >= parameters.Length || nameAt + 1 + parameters[nameAt] > parameters.Length)
        {
            return Other;
        }
        var name = parameters.Slice(nameAt + 1, parameters[nameAt]);
        foreach (var (known, key) in Known)
        {
            if (name.SequenceEqual(known))
            {
                return key;
            }
        }
        return Other;
    }
}
