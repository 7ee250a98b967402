using Vigil.Contracts.Alerts;
using Vigil.Contracts.Devices;
using Vigil.Contracts.Subnets;
using Vigil.Host.Network;

namespace Vigil.Host.Ingest;

/// <summary>
/// Runs one <see cref="CaptureStep"/> through the grains in three phases: read the subnets' profiles
/// and the estate's facts, let every device grain judge its events (all in parallel), then fold the
/// devices' summaries into their subnets and the estate in a fixed order. Shared state changes only in
/// the last phase, so the alerts of a step do not depend on which grain ran first; they are returned sorted.
/// </summary>
public sealed class StepProcessor(IGrainFactory grains, ZoneMap? zones = null)
{
    /// <summary>The key of the estate grain (one estate per silo cluster).</summary>
    public const string EstateKey = "estate";

    /// <summary>Device calls of one step in flight at once: enough to keep every silo busy, few enough that other calls are not queued behind a whole step.</summary>
    public const int MaxDeviceCallsInFlight = 512;

    private readonly ZoneMap _zones = zones ?? new ZoneMap(new NetworkMap());

    /// <summary>Set once the first packet fixes it, before the first step is queued.</summary>
    public long LearningEndNs { get; set; } = long.MaxValue;

    /// <summary>The zone map the steps use, for the inventory.</summary>
    public ZoneMap Zones => _zones;

    public async Task<IReadOnlyList<Alert>> ProcessAsync(CaptureStep step)
    {
        var estate = grains.GetGrain<IEstateGrain>(EstateKey);
        var subnets = step.Devices.Select(d => d.Subnet).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var externals = step.Devices.SelectMany(d => d.Events).SelectMany(e => (IEnumerable<string>)[.. e.OrigInternal ? [] : new[] { e.Orig }, .. e.RespInternal ? [] : new[] { e.Resp }])
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var factsTask = estate.GetFactsAsync(externals);
        var profiles = await Task.WhenAll(subnets.Select(s => grains.GetGrain<ISubnetGrain>(s).GetProfileAsync()));
        var facts = await factsTask;
        var profileOf = subnets.Zip(profiles).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);

        // Built here, on one thread: the zone map caches its answers and is not thread-safe.
        var requests = step.Devices.Select(device => new DeviceStep
        {
            StepEndNs = step.StepEndNs,
            LearningEndNs = LearningEndNs,
            Subnet = device.Subnet,
            SubnetProfile = profileOf[device.Subnet],
            Events = device.Events,
            Names = device.Names,
            Estate = ViewOf(device, facts),
        }).ToArray();
        var results = new DeviceStepResult[requests.Length];
        // A step of 40,000 devices sent at once queues 40,000 turns in the silos, and every other call — an analyst's
        // query — waits behind them; a bounded number in flight keeps the silos as busy without the queue.
        await Parallel.ForEachAsync(Enumerable.Range(0, requests.Length), new ParallelOptions { MaxDegreeOfParallelism = MaxDeviceCallsInFlight },
            async (i, _) => results[i] = await grains.GetGrain<IDeviceGrain>(step.Devices[i].Device).ObserveAsync(requests[i]));

        var alerts = results.SelectMany(r => r.Alerts).ToList();
        var summaries = results.Select(r => r.Summary).OrderBy(s => s.Device, StringComparer.Ordinal).ToArray();
        var bySubnet = summaries.GroupBy(s => s.Subnet, StringComparer.Ordinal);
        var subnetAlerts = await Task.WhenAll(bySubnet.Select(group =>
            grains.GetGrain<ISubnetGrain>(group.Key).ObserveAsync(new SubnetStep
            {
                StepEndNs = step.StepEndNs,
                LearningEndNs = LearningEndNs,
                Summaries = group.ToArray(),
            })));
        await estate.ObserveAsync(summaries);
        alerts.AddRange(subnetAlerts.SelectMany(a => a));
        alerts.Sort(AlertOrder.Instance);
        return alerts;
    }

    /// <summary>The estate as one device needs it: its zone, its peers' zones, the reach of its external peers.</summary>
    private EstateView ViewOf(DeviceEvents device, EstateFacts facts)
    {
        var zones = new Dictionary<string, string>(StringComparer.Ordinal);
        var reach = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var flow in device.Events)
        {
            var isOrig = flow.Orig == device.Device;
            var peer = isOrig ? flow.Resp : flow.Orig;
            if (zones.ContainsKey(peer))
            {
                continue;
            }
            zones[peer] = _zones.RoleOf(peer, facts);
            if (!(isOrig ? flow.RespInternal : flow.OrigInternal))
            {
                reach[peer] = facts.ExternalReach.GetValueOrDefault(peer);
            }
        }
        return new EstateView
        {
            Zone = _zones.RoleOf(device.Device, facts),
            PeerZones = zones,
            ExternalReach = reach,
            EstablishedDevices = facts.EstablishedDevices,
        };
    }
}
