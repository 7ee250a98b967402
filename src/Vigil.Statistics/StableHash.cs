using System.Buffers.Binary;
using System.Globalization;

namespace Vigil.Statistics;

/// <summary>
/// A 64-bit hash that is the same in every process and on every run. <see cref="object.GetHashCode"/>
/// is randomised per process for strings, which would make sketches differ between replays.
/// </summary>
public static class StableHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>Whether keys of <paramref name="type"/> can be hashed stably.</summary>
    public static bool Supports(Type type) =>
        type.IsPrimitive || type == typeof(string) || type == typeof(Guid) || type == typeof(decimal)
        || type == typeof(Int128) || type == typeof(UInt128) || HasValueToString(type);

    /// <summary>Hashes a key; integral values, strings and GUIDs by value, other types by their text.</summary>
    public static ulong Of<TKey>(TKey key) where TKey : notnull => key switch
    {
        byte v => Mix(v),
        sbyte v => Mix((ulong)v),
        short v => Mix((ulong)v),
        ushort v => Mix(v),
        int v => Mix((ulong)v),
        uint v => Mix(v),
        long v => Mix((ulong)v),
        ulong v => Mix(v),
        char v => Mix(v),
        Int128 v => Mix((ulong)(v >> 64) ^ Mix((ulong)v)),
        UInt128 v => Mix((ulong)(v >> 64) ^ Mix((ulong)v)),
        Guid v => OfGuid(v),
        string v => OfText(v),
        IFormattable v => OfText(v.ToString(null, CultureInfo.InvariantCulture)),
        _ => OfText(key.ToString() ?? string.Empty),
    };

    /// <summary>SplitMix64's finaliser: spreads every input bit over the whole word.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }

    private static ulong OfText(string text)
    {
        // FNV-1a over UTF-16 code units, then mixed: FNV alone leaves the top bits weak.
        ulong hash = FnvOffset;
        foreach (char c in text)
        {
            hash = (hash ^ c) * FnvPrime;
        }
        return Mix(hash);
    }

    private static ulong OfGuid(Guid guid)
    {
        Span<byte> bytes = stackalloc byte[16];
        guid.TryWriteBytes(bytes);
        ulong high = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        ulong low = BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]);
        return Mix(high ^ Mix(low));
    }

    private static bool HasValueToString(Type type)
    {
        var toString = type.GetMethod(nameof(ToString), Type.EmptyTypes);
        return toString is not null && toString.DeclaringType != typeof(object) && toString.DeclaringType != typeof(ValueType);
    }
}
