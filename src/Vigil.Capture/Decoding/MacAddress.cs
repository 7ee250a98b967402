namespace Vigil.Capture.Decoding;

/// <summary>A 48-bit Ethernet address held in the low bits of a <see cref="ulong"/>.</summary>
public readonly record struct MacAddress(ulong Value)
{
    public static MacAddress None => default;

    public static MacAddress Read(ReadOnlySpan<byte> bytes) =>
        new((ulong)bytes[0] << 40 | (ulong)bytes[1] << 32 | (ulong)bytes[2] << 24 | (ulong)bytes[3] << 16 | (ulong)bytes[4] << 8 | bytes[5]);

    public void Write(Span<byte> destination)
    {
        for (var i = 0; i < 6; i++)
        {
            destination[i] = (byte)(Value >> (40 - 8 * i));
        }
    }

    /// <summary>The organisationally unique identifier: the vendor prefix.</summary>
    public uint Oui => (uint)(Value >> 24);

    public bool IsBroadcast => Value == 0xFFFF_FFFF_FFFFUL;

    public bool IsMulticast => (Value & 0x0100_0000_0000UL) != 0;

    public override string ToString() =>
        $"{Value >> 40 & 0xFF:x2}:{Value >> 32 & 0xFF:x2}:{Value >> 24 & 0xFF:x2}:{Value >> 16 & 0xFF:x2}:{Value >> 8 & 0xFF:x2}:{Value & 0xFF:x2}";

    public static bool TryParse(string text, out MacAddress mac)
    {
        mac = default;
        var parts = text.Split(':', '-');
        if (parts.Length != 6)
        {
            return false;
        }
        ulong value = 0;
        foreach (var part in parts)
        {
            if (!byte.TryParse(part, System.Globalization.NumberStyles.HexNumber, null, out var b))
            {
                return false;
            }
            value = value << 8 | b;
        }
        mac = new MacAddress(value);
        return true;
    }
}
