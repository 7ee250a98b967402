using System.Globalization;
using System.Text;

namespace Vigil.Simulator.Protocols;

/// <summary>
/// A minimal DER (X.690) writer: each method returns one complete tag-length-value. Enough for X.509
/// certificates built byte-for-byte deterministically from a seed.
/// </summary>
public static class Der
{
    /// <summary>SEQUENCE of the given encoded elements.</summary>
    public static byte[] Sequence(params byte[][] elements) => Tlv(0x30, Concat(elements));

    /// <summary>SET of the given encoded elements (one element in our names, so no sorting is needed).</summary>
    public static byte[] Set(params byte[][] elements) => Tlv(0x31, Concat(elements));

    /// <summary>INTEGER from big-endian magnitude bytes, adding a leading zero when the top bit is set.</summary>
    public static byte[] Integer(ReadOnlySpan<byte> magnitude)
    {
        var start = 0;
        while (start < magnitude.Length - 1 && magnitude[start] == 0 && magnitude[start + 1] < 0x80)
        {
            start++;
        }
        var trimmed = magnitude[start..];
        return trimmed[0] >= 0x80 ? Tlv(0x02, [0, .. trimmed]) : Tlv(0x02, trimmed);
    }

    /// <summary>Small non-negative INTEGER.</summary>
    public static byte[] Integer(long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        for (var i = 0; i < 8; i++)
        {
            bytes[i] = (byte)(value >> (56 - 8 * i));
        }
        return Integer(bytes);
    }

    /// <summary>BOOLEAN.</summary>
    public static byte[] Boolean(bool value) => Tlv(0x01, [value ? (byte)0xFF : (byte)0x00]);

    /// <summary>NULL.</summary>
    public static byte[] Null() => [0x05, 0x00];

    /// <summary>OBJECT IDENTIFIER from dotted text.</summary>
    public static byte[] ObjectIdentifier(string dotted)
    {
        var arcs = dotted.Split('.').Select(a => ulong.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        var body = new List<byte> { (byte)(arcs[0] * 40 + arcs[1]) };
        foreach (var arc in arcs.Skip(2))
        {
            var groups = new Stack<byte>();
            var value = arc;
            groups.Push((byte)(value & 0x7F));
            while ((value >>= 7) != 0)
            {
                groups.Push((byte)(0x80 | (value & 0x7F)));
            }
            body.AddRange(groups);
        }
        return Tlv(0x06, body.ToArray());
    }

    /// <summary>PrintableString.</summary>
    public static byte[] PrintableString(string text) => Tlv(0x13, Encoding.ASCII.GetBytes(text));

    /// <summary>UTF8String.</summary>
    public static byte[] Utf8String(string text) => Tlv(0x0C, Encoding.UTF8.GetBytes(text));

    /// <summary>UTCTime (YYMMDDHHMMSSZ); valid for years 1950–2049.</summary>
    public static byte[] UtcTime(DateTimeOffset instant) =>
        Tlv(0x17, Encoding.ASCII.GetBytes(instant.UtcDateTime.ToString("yyMMddHHmmss", CultureInfo.InvariantCulture) + "Z"));

    /// <summary>BIT STRING with no unused bits.</summary>
    public static byte[] BitString(ReadOnlySpan<byte> bytes) => Tlv(0x03, [0, .. bytes]);

    /// <summary>OCTET STRING.</summary>
    public static byte[] OctetString(ReadOnlySpan<byte> bytes) => Tlv(0x04, bytes);

    /// <summary>Constructed context-specific tag [n] EXPLICIT around one element.</summary>
    public static byte[] Explicit(int tagNumber, byte[] element) => Tlv((byte)(0xA0 | tagNumber), element);

    /// <summary>Primitive context-specific tag [n] IMPLICIT with raw content (e.g. dNSName [2]).</summary>
    public static byte[] Implicit(int tagNumber, ReadOnlySpan<byte> content) => Tlv((byte)(0x80 | tagNumber), content);

    /// <summary>Any tag with definite-length encoding (short form below 128, long form above).</summary>
    public static byte[] Tlv(byte tag, ReadOnlySpan<byte> content)
    {
        var writer = new ByteWriter(content.Length + 6).U8(tag);
        var length = content.Length;
        if (length < 0x80)
        {
            writer.U8(length);
        }
        else if (length <= 0xFF)
        {
            writer.U8(0x81).U8(length);
        }
        else if (length <= 0xFFFF)
        {
            writer.U8(0x82).U16(length);
        }
        else
        {
            writer.U8(0x83).U24(length);
        }
        return writer.Bytes(content).ToArray();
    }

    private static byte[] Concat(byte[][] elements)
    {
        var writer = new ByteWriter(elements.Sum(e => e.Length));
        foreach (var element in elements)
        {
            writer.Bytes(element);
        }
        return writer.ToArray();
    }
}
