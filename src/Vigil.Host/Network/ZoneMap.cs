using Vigil.Capture.Decoding;
using Vigil.Contracts.Subnets;

namespace Vigil.Host.Network;

/// <summary>
/// The zone of an address: external when outside the estate; else the most specific configured zone
/// that holds it; else inferred — ICS when established devices of its subnet serve ICS protocols,
/// IT otherwise. Each answer comes with its evidence, for the inventory.
/// </summary>
public sealed class ZoneMap
{
    private readonly NetworkMap _network;
    private readonly (ZoneDefinition Zone, Cidr Block)[] _configured;
    private readonly Dictionary<string, (string Subnet, ZoneDefinition? Zone, bool Internal)> _cache = new(StringComparer.Ordinal);

    public ZoneMap(NetworkMap network, IReadOnlyList<ZoneDefinition>? configured = null)
    {
        _network = network;
        _configured = (configured ?? []).SelectMany(z => z.Blocks.Select(b => (z, b)))
            .OrderByDescending(p => p.b.Network.IsIPv4 ? p.b.PrefixLength + 96 : p.b.PrefixLength).ToArray();
    }

    /// <summary>The role of <paramref name="ip"/> given the estate's inferred ICS subnets.</summary>
    public string RoleOf(string ip, EstateFacts facts) => Resolve(ip, facts).Role;

    /// <summary>The role and why.</summary>
    public (string Role, string Evidence) Resolve(string ip, EstateFacts facts)
    {
        var (subnet, zone, isInternal) = Lookup(ip);
        if (!isInternal)
        {
            return (ZoneRoles.External, "outside the estate's address blocks");
        }
        if (zone is not null)
        {
            return (zone.Role, $"configured zone '{zone.Name}'");
        }
        return facts.IcsSubnets.TryGetValue(subnet, out var services)
            ? (ZoneRoles.Ics, $"inferred: devices of {subnet} serve {string.Join(", ", services)}")
            : (ZoneRoles.It, $"inferred: no device of {subnet} serves an ICS protocol");
    }

    /// <summary>The name of the configured zone that holds <paramref name="ip"/>; null when the zone is inferred or the address external.</summary>
    public string? NameOf(string ip) => Lookup(ip) is { Internal: true, Zone: { } zone } ? zone.Name : null;

    private (string Subnet, ZoneDefinition? Zone, bool Internal) Lookup(string ip)
    {
        if (_cache.TryGetValue(ip, out var known))
        {
            return known;
        }
        if (!NetAddress.TryParse(ip, out var address))
        {
            return ("", null, false);
        }
        var zone = _configured.FirstOrDefault(p => p.Block.Contains(address)).Zone;
        var entry = (_network.SubnetOf(address).ToString(), zone, _network.IsInternal(address));
        if (_cache.Count < 1_000_000)
        {
            _cache[ip] = entry;
        }
        return entry;
    }
}
