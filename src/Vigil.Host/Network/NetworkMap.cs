using Vigil.Capture.Decoding;

namespace Vigil.Host.Network;

/// <summary>
/// Which addresses are inside the estate (and so become devices) and which subnet each belongs to.
/// Configured blocks win; without configuration the private ranges are inside and subnets are
/// IPv4 /24 and IPv6 /64. External addresses never become device grains, so a spoofed-source flood
/// cannot create millions of them.
/// </summary>
public sealed class NetworkMap
{
    private readonly IReadOnlyList<Cidr> _internal;

    public NetworkMap(IReadOnlyList<Cidr>? internalNetworks = null)
    {
        // Most specific first, so an address gets the narrowest configured subnet that holds it.
        _internal = (internalNetworks ?? []).OrderByDescending(c => c.Network.IsIPv4 ? c.PrefixLength + 96 : c.PrefixLength).ToArray();
    }

    public bool IsDevice(NetAddress address) =>
        !address.IsUnspecified && !address.IsMulticastOrBroadcast && IsInternal(address);

    public bool IsInternal(NetAddress address)
    {
        if (_internal.Count == 0)
        {
            return address.IsPrivate;
        }
        foreach (var block in _internal)
        {
            if (block.Contains(address))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A configured block at least as narrow as /24 (IPv6 /64) is a subnet of its own; otherwise the /24 or /64.</summary>
    public Cidr SubnetOf(NetAddress address)
    {
        var defaultPrefix = address.IsIPv4 ? 24 : 64;
        foreach (var block in _internal)
        {
            if (block.PrefixLength >= defaultPrefix && block.Contains(address))
            {
                return block;
            }
        }
        return Cidr.Of(address, defaultPrefix);
    }
}
