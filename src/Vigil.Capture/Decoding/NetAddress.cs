using System.Buffers.Binary;
using System.Net;

namespace Vigil.Capture.Decoding;

/// <summary>
/// An IPv4 or IPv6 address as a 16-byte value type. IPv4 is held in its IPv4-mapped IPv6 form
/// (::ffff:a.b.c.d) so that one type keys every flow table and device map without allocating
/// the way <see cref="IPAddress"/> does per packet.
/// </summary>
public readonly struct NetAddress : IEquatable<NetAddress>, IComparable<NetAddress>
{
    private const ulong V4MappedHigh = 0;
    private const ulong V4MappedLowPrefix = 0x0000_FFFF_0000_0000UL;

    /// <summary>Upper 64 bits, network byte order.</summary>
    public ulong High { get; }

    /// <summary>Lower 64 bits, network byte order.</summary>
    public ulong Low { get; }

    public NetAddress(ulong high, ulong low)
    {
        High = high;
        Low = low;
    }

    public static NetAddress None => default;

    public bool IsIPv4 => High == V4MappedHigh && (Low & 0xFFFF_FFFF_0000_0000UL) == V4MappedLowPrefix;

    /// <summary>The IPv4 address as a host-order integer (a.b.c.d = a&lt;&lt;24 | …); only meaningful when <see cref="IsIPv4"/>.</summary>
    public uint V4 => (uint)Low;

    public static NetAddress FromIPv4(uint hostOrder) => new(V4MappedHigh, V4MappedLowPrefix | hostOrder);

    /// <summary>Reads four bytes in network order.</summary>
    public static NetAddress FromIPv4(ReadOnlySpan<byte> bytes) => FromIPv4(BinaryPrimitives.ReadUInt32BigEndian(bytes));

    /// <summary>Reads sixteen bytes in network order.</summary>
    public static NetAddress FromIPv6(ReadOnlySpan<byte> bytes) =>
        new(BinaryPrimitives.ReadUInt64BigEndian(bytes), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]));

    public static NetAddress FromIPAddress(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[16];
        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
        {
            address.TryWriteBytes(bytes, out _);
            return FromIPv4(bytes[..4]);
        }
        address.TryWriteBytes(bytes, out _);
        return FromIPv6(bytes);
    }

    public static bool TryParse(string? text, out NetAddress address)
    {
        if (IPAddress.TryParse(text, out var parsed))
        {
            address = FromIPAddress(parsed);
            return true;
        }
        address = default;
        return false;
    }

    public static NetAddress Parse(string text) =>
        TryParse(text, out var address) ? address : throw new FormatException($"'{text}' is not an IP address.");

    public IPAddress ToIPAddress()
    {
        if (IsIPv4)
        {
            return new IPAddress(BinaryPrimitives.ReverseEndianness(V4));
        }
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, High);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], Low);
        return new IPAddress(bytes);
    }

    /// <summary>
    /// Private, loopback, link-local and unique-local ranges: the addresses that are "inside" when no
    /// subnets are configured (RFC 1918, RFC 6598 CGNAT, RFC 4193, RFC 3927).
    /// </summary>
    public bool IsPrivate
    {
        get
        {
            if (IsIPv4)
            {
                var v4 = V4;
                return (v4 >> 24) == 10
                    || (v4 >> 20) == 0xAC1 // 172.16.0.0/12
                    || (v4 >> 16) == 0xC0A8 // 192.168.0.0/16
                    || (v4 >> 22) == (100u << 2 | 1) // 100.64.0.0/10
                    || (v4 >> 16) == 0xA9FE // 169.254.0.0/16
                    || (v4 >> 24) == 127;
            }
            return (High >> 57) == (0xFCUL >> 1) // fc00::/7
                || (High >> 54) == (0xFE80UL >> 6) // fe80::/10
                || (High == 0 && Low == 1); // ::1
        }
    }

    /// <summary>Multicast or limited broadcast: never a device of its own.</summary>
    public bool IsMulticastOrBroadcast =>
        IsIPv4 ? (V4 >> 28) == 0xE || V4 == 0xFFFF_FFFF || (V4 & 0xFF) == 0xFF && IsPrivate
               : (High >> 56) == 0xFF;

    public bool IsUnspecified => IsIPv4 ? V4 == 0 : High == 0 && Low == 0;

    public bool Equals(NetAddress other) => High == other.High && Low == other.Low;

    public override bool Equals(object? obj) => obj is NetAddress other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(High, Low);

    public int CompareTo(NetAddress other)
    {
        var high = High.CompareTo(other.High);
        return high != 0 ? high : Low.CompareTo(other.Low);
    }

    public static bool operator ==(NetAddress left, NetAddress right) => left.Equals(right);

    public static bool operator !=(NetAddress left, NetAddress right) => !left.Equals(right);

    public static bool operator <(NetAddress left, NetAddress right) => left.CompareTo(right) < 0;

    public static bool operator >(NetAddress left, NetAddress right) => left.CompareTo(right) > 0;

    public static bool operator <=(NetAddress left, NetAddress right) => left.CompareTo(right) <= 0;

    public static bool operator >=(NetAddress left, NetAddress right) => left.CompareTo(right) >= 0;

    public override string ToString() =>
        IsIPv4 ? $"{V4 >> 24}.{(V4 >> 16) & 0xFF}.{(V4 >> 8) & 0xFF}.{V4 & 0xFF}" : ToIPAddress().ToString();
}
