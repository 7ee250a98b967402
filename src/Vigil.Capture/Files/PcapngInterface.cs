namespace Vigil.Capture.Files;

/// <summary>
/// What a pcapng Interface Description Block says that packets need: the link type, the snap
/// length (for Simple Packet Blocks), and how to turn its timestamp units into nanoseconds.
/// </summary>
internal readonly struct PcapngInterface
{
    private readonly long _multiplier;
    private readonly long _divisor;
    private readonly int _binaryShift;
    private readonly long _offsetNs;

    private PcapngInterface(LinkType linkType, uint snapLength, long multiplier, long divisor, int binaryShift, long offsetNs)
    {
        LinkType = linkType;
        SnapLength = snapLength;
        _multiplier = multiplier;
        _divisor = divisor;
        _binaryShift = binaryShift;
        _offsetNs = offsetNs;
    }

    public LinkType LinkType { get; }

    public uint SnapLength { get; }

    /// <summary>
    /// Builds the interface from its <c>if_tsresol</c> byte (most significant bit clear: units of
    /// 10^-n s; set: 2^-n s; absent: microseconds) and <c>if_tsoffset</c> seconds.
    /// <paramref name="usable"/> is false when the resolution cannot be represented (10^-28 and finer).
    /// </summary>
    public static PcapngInterface Create(LinkType linkType, uint snapLength, byte tsresol, long offsetSeconds, out bool usable)
    {
        usable = true;
        var offsetNs = unchecked(offsetSeconds * 1_000_000_000L);
        var exponent = tsresol & 0x7F;
        if ((tsresol & 0x80) != 0)
        {
            return new PcapngInterface(linkType, snapLength, 1, 1, exponent, offsetNs);
        }
        if (exponent <= 9)
        {
            return new PcapngInterface(linkType, snapLength, Pow10(9 - exponent), 1, -1, offsetNs);
        }
        if (exponent <= 27)
        {
            return new PcapngInterface(linkType, snapLength, 1, Pow10(exponent - 9), -1, offsetNs);
        }
        usable = false;
        return new PcapngInterface(linkType, snapLength, 0, 1, -1, offsetNs);
    }

    /// <summary>Nanoseconds since the Unix epoch for a 64-bit timestamp in this interface's units.</summary>
    public long ToNanoseconds(ulong ticks)
    {
        if (_binaryShift >= 0)
        {
            // 2^-n units: multiply in 128 bits so that no resolution overflows.
            return unchecked((long)((UInt128)ticks * 1_000_000_000UL >> _binaryShift) + _offsetNs);
        }
        // Units finer than 1 ns divide in unsigned arithmetic: their tick counts use all 64 bits.
        return _divisor > 1
            ? unchecked((long)(ticks / (ulong)_divisor) + _offsetNs)
            : unchecked((long)ticks * _multiplier + _offsetNs);
    }

    private static long Pow10(int exponent)
    {
        var value = 1L;
        for (var i = 0; i < exponent; i++)
        {
            value *= 10;
        }
        return value;
    }
}
