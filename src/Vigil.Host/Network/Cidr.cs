using Vigil.Capture.Decoding;

namespace Vigil.Host.Network;

/// <summary>An address block such as 10.20.0.0/24 or fd00::/64, over <see cref="NetAddress"/> (IPv4 held v4-mapped).</summary>
public readonly record struct Cidr(NetAddress Network, int PrefixLength)
{
    /// <summary>Prefix length in the 128-bit space: IPv4 /24 is /120 there.</summary>
    private int Bits => Network.IsIPv4 ? PrefixLength + 96 : PrefixLength;

    public bool Contains(NetAddress address) =>
        address.IsIPv4 == Network.IsIPv4 && Mask(address, Bits) == Network;

    /// <summary>The block of <paramref name="prefixLength"/> bits that holds <paramref name="address"/>.</summary>
    public static Cidr Of(NetAddress address, int prefixLength) =>
        new(Mask(address, address.IsIPv4 ? prefixLength + 96 : prefixLength), prefixLength);

    public static bool TryParse(string text, out Cidr cidr)
    {
        cidr = default;
        var slash = text.IndexOf('/');
        if (!NetAddress.TryParse(slash < 0 ? text : text[..slash], out var address))
        {
            return false;
        }
        var max = address.IsIPv4 ? 32 : 128;
        var prefix = max;
        if (slash >= 0 && (!int.TryParse(text[(slash + 1)..], out prefix) || prefix < 0 || prefix > max))
        {
            return false;
        }
        cidr = Of(address, prefix);
        return true;
    }

    public override string ToString() => $"{Network}/{PrefixLength}";

    private static NetAddress Mask(NetAddress address, int bits)
    {
        var high = bits >= 64 ? ulong.MaxValue : bits <= 0 ? 0 : ulong.MaxValue << (64 - bits);
        var low = bits >= 128 ? ulong.MaxValue : bits <= 64 ? 0 : ulong.MaxValue << (128 - bits);
        return new NetAddress(address.High & high, address.Low & low);
    }
}
