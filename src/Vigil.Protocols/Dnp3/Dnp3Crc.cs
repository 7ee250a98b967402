namespace Vigil.Protocols.Dnp3;

/// <summary>The DNP3 link-layer CRC: CRC-16 polynomial 0x3D65 (reflected 0xA6BC), init 0, complemented, sent little endian.</summary>
public static class Dnp3Crc
{
    private static readonly ushort[] Table = BuildTable();

    /// <summary>The CRC of <paramref name="data"/>.</summary>
    public static ushort Compute(ReadOnlySpan<byte> data)
    {
        ushort crc = 0;
        foreach (var b in data)
        {
            crc = (ushort)((crc >> 8) ^ Table[(crc ^ b) & 0xFF]);
        }
        return (ushort)~crc;
    }

    /// <summary>True when <paramref name="block"/> ends with the CRC of the bytes before it.</summary>
    public static bool Check(ReadOnlySpan<byte> block) =>
        block.Length >= 2 && Compute(block[..^2]) == (ushort)(block[^2] | (block[^1] << 8));

    private static ushort[] BuildTable()
    {
        var table = new ushort[256];
        for (var i = 0; i < 256; i++)
        {
            var crc = (ushort)i;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (ushort)((crc >> 1) ^ 0xA6BC) : (ushort)(crc >> 1);
            }
            table[i] = crc;
        }
        return table;
    }
}
