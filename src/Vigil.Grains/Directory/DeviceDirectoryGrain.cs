using Orleans.Runtime;
using Vigil.Contracts.Directory;

namespace Vigil.Grains.Directory;

/// <summary>
/// The estate's device index. Registration happens once per step and is cheap (dictionary updates);
/// listing sorts lazily, only after the set of devices changed. State is checkpointed on a timer when
/// dirty — a crash loses at most one interval of sightings, which the next steps restore.
/// </summary>
public sealed class DeviceDirectoryGrain(
    [PersistentState("directory", StorageNames.Models)] IPersistentState<DirectoryState> state) : Grain, IDeviceDirectoryGrain
{
    private static readonly TimeSpan CheckpointInterval = TimeSpan.FromSeconds(30);
    private (UInt128 Key, string Ip)[]? _sorted;
    private bool _dirty;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(CheckpointAsync, new GrainTimerCreationOptions(CheckpointInterval, CheckpointInterval) { Interleave = false });
        return Task.CompletedTask;
    }

    public Task RegisterAsync(DirectoryUpdate update)
    {
        var directory = state.State;
        foreach (var sighting in update.Sightings)
        {
            if (!directory.Devices.TryGetValue(sighting.Ip, out var device))
            {
                if (directory.Devices.Count >= DirectoryState.MaxDevices)
                {
                    directory.UnindexedSightings++;
                    continue;
                }
                device = new DirectoryDevice();
                directory.Devices[sighting.Ip] = device;
                _sorted = null;
            }
            device.Subnet = sighting.Subnet;
            device.FirstSeenNs = Math.Min(device.FirstSeenNs, sighting.FirstNs);
            device.LastSeenNs = Math.Max(device.LastSeenNs, sighting.LastNs);
            AddBounded(device.Vlans, sighting.Vlans, DirectoryDevice.MaxVlans);
            AddBounded(device.Services, sighting.Services, DirectoryDevice.MaxServices);
            if (sighting.Zone is not null)
            {
                // The zone map infers ICS subnets as it learns: the latest answer wins.
                (device.Zone, device.ZoneEvidence, device.ZoneName) = (sighting.Zone, sighting.ZoneEvidence, sighting.ZoneName);
            }
            device.Role = sighting.Role ?? device.Role;
        }
        if (update.LearningEndNs > 0)
        {
            directory.LearningEndNs = update.LearningEndNs;
        }
        foreach (var observation in update.Conduits)
        {
            var key = $"{observation.FromSubnet}|{observation.ToSubnet}|{observation.Service}";
            if (!directory.Conduits.TryGetValue(key, out var conduit))
            {
                if (directory.Conduits.Count >= DirectoryState.MaxConduits)
                {
                    continue;
                }
                conduit = new DirectoryConduit { From = observation.FromSubnet, To = observation.ToSubnet, Service = observation.Service };
                directory.Conduits[key] = conduit;
            }
            conduit.Flows += observation.Flows;
            conduit.Failed += observation.Failed;
            conduit.FirstNs = Math.Min(conduit.FirstNs, observation.FirstNs > 0 ? observation.FirstNs : observation.LastNs);
            conduit.LastNs = Math.Max(conduit.LastNs, observation.LastNs);
            conduit.FromZone = observation.FromZone ?? conduit.FromZone;
            conduit.ToZone = observation.ToZone ?? conduit.ToZone;
            conduit.FromRole = observation.FromRole ?? conduit.FromRole;
            conduit.ToRole = observation.ToRole ?? conduit.ToRole;
            AddBounded(conduit.Pairs, observation.Pairs, DirectoryConduit.MaxPairs);
        }
        _dirty = true;
        return Task.CompletedTask;
    }

    public Task<DeviceListPage> ListDevicesAsync(DeviceListQuery query)
    {
        var matches = Sorted().Where(d => Matches(d.Ip, state.State.Devices[d.Ip], query)).ToList();
        if (query.First.Count > 0)
        {
            var rank = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var ip in query.First)
            {
                rank.TryAdd(ip, rank.Count);
            }
            // A stable sort: ranked devices first in the caller's order, the rest keep address order.
            matches = [.. matches.OrderBy(d => rank.TryGetValue(d.Ip, out var r) ? r : int.MaxValue)];
        }
        var page = matches.Skip(Math.Max(0, query.Offset)).Take(Math.Max(0, query.Limit))
            .Select(d => ToEntry(d.Ip, state.State.Devices[d.Ip])).ToArray();
        return Task.FromResult(new DeviceListPage { Total = matches.Count, Items = page });
    }

    public Task<DeviceListEntry?> FindAsync(string ip) =>
        Task.FromResult(state.State.Devices.TryGetValue(ip, out var device) ? ToEntry(ip, device) : null);

    public Task<IReadOnlyList<SubnetEntry>> ListSubnetsAsync()
    {
        IReadOnlyList<SubnetEntry> subnets = state.State.Devices.Values
            .GroupBy(d => d.Subnet, StringComparer.Ordinal)
            .Select(g => new SubnetEntry { Subnet = g.Key, Devices = g.Count(), FirstSeenNs = g.Min(d => d.FirstSeenNs), LastSeenNs = g.Max(d => d.LastSeenNs) })
            .OrderBy(s => AddressOrder.KeyOf(s.Subnet.Split('/')[0])).ThenBy(s => s.Subnet, StringComparer.Ordinal)
            .ToArray();
        return Task.FromResult(subnets);
    }

    public Task<IReadOnlyList<Conduit>> ListConduitsAsync()
    {
        IReadOnlyList<Conduit> conduits = state.State.Conduits.Values
            .OrderByDescending(c => c.Flows).ThenBy(c => c.From, StringComparer.Ordinal).ThenBy(c => c.To, StringComparer.Ordinal).ThenBy(c => c.Service, StringComparer.Ordinal)
            .Select(c => new Conduit
            {
                FromSubnet = c.From, ToSubnet = c.To, Service = c.Service, Flows = c.Flows, Failed = c.Failed, FirstNs = c.FirstNs, LastNs = c.LastNs,
                FromZone = c.FromZone, ToZone = c.ToZone, FromRole = c.FromRole, ToRole = c.ToRole, Pairs = c.Pairs.ToArray(),
                // Unknown learning end (0): nothing can be called baseline yet.
                InBaseline = state.State.LearningEndNs > 0 && c.FirstNs < state.State.LearningEndNs,
            })
            .ToArray();
        return Task.FromResult(conduits);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => await CheckpointAsync(cancellationToken);

    private async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        if (_dirty)
        {
            _dirty = false;
            await state.WriteStateAsync(cancellationToken);
        }
    }

    private (UInt128 Key, string Ip)[] Sorted() =>
        _sorted ??= state.State.Devices.Keys.Select(ip => (AddressOrder.KeyOf(ip), ip)).OrderBy(d => d.Item1).ThenBy(d => d.ip, StringComparer.Ordinal).ToArray();

    private static bool Matches(string ip, DirectoryDevice device, DeviceListQuery query) =>
        (query.Subnet is null || string.Equals(device.Subnet, query.Subnet, StringComparison.Ordinal))
        && (query.Vlan is null || device.Vlans.Contains(query.Vlan.Value))
        && (query.Service is null || device.Services.Contains(query.Service, StringComparer.Ordinal))
        && (query.Text is null || ip.Contains(query.Text, StringComparison.OrdinalIgnoreCase))
        && (query.SeenSinceNs is null || device.LastSeenNs >= query.SeenSinceNs.Value)
        && (query.Zone is null || string.Equals(device.Zone, query.Zone, StringComparison.OrdinalIgnoreCase) || string.Equals(device.ZoneName, query.Zone, StringComparison.OrdinalIgnoreCase))
        && (query.Role is null || string.Equals(device.Role ?? "unknown", query.Role, StringComparison.OrdinalIgnoreCase));

    private static DeviceListEntry ToEntry(string ip, DirectoryDevice device) => new()
    {
        Ip = ip,
        Subnet = device.Subnet,
        FirstSeenNs = device.FirstSeenNs == long.MaxValue ? 0 : device.FirstSeenNs,
        LastSeenNs = device.LastSeenNs,
        Vlans = device.Vlans.ToArray(),
        Services = device.Services.Order(StringComparer.Ordinal).ToArray(),
        Zone = device.Zone,
        ZoneEvidence = device.ZoneEvidence,
        ZoneName = device.ZoneName,
        Role = device.Role,
    };

    private static void AddBounded<T>(List<T> target, IEnumerable<T> values, int max)
    {
        foreach (var value in values)
        {
            if (target.Count >= max)
            {
                return;
            }
            if (!target.Contains(value))
            {
                target.Add(value);
            }
        }
    }
}
