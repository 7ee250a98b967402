using System.Buffers.Binary;

namespace Vigil.Simulator.Packets;

/// <summary>The RFC 1071 one's-complement sum used by IPv4, TCP and UDP.</summary>
public static class InternetChecksum
{
    /// <summary>Adds <paramref name="data"/> as big-endian 16-bit words to a running 32-bit sum.</summary>
    public static uint Add(uint sum, ReadOnlySpan<byte> data)
    {
        var i = 0;
        for (; i + 1 < data.Length; i += 2)
        {
            sum += BinaryPrimitives.ReadUInt16BigEndian(data[i..]);
        }
        if (i < data.Length)
        {
            sum += (uint)(data[i] << 8);
        }
        return sum;
    }

    /// <summary>Folds the carries and complements: the value written into the header.</summary>
    public static ushort Finish(uint sum)
    {
        while (sum > 0xFFFF)
        {
            sum = (sum & 0xFFFF) + (sum >> 16);
        }
        return (ushort)~sum;
    }

    /// <summary>Checksum of one buffer.</summary>
    public static ushort Compute(ReadOnlySpan<byte> data) => Finish(Add(0, data));
}
