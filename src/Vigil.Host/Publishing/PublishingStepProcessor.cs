using Vigil.Contracts.Alerts;
using Vigil.Contracts.Devices;
using Vigil.Contracts.Directory;
using Vigil.Contracts.Subnets;
using Vigil.Host.Ingest;

namespace Vigil.Host.Publishing;

/// <summary>
/// A <see cref="StepProcessor"/> that also tells the estate-wide grains what each step brought: the
/// devices (with their zones) and conduits go to the device directory, the step's alerts are correlated
/// into incidents (<see cref="IncidentTracker"/>) that go to the incident log, and the alerts — each
/// with its incident id — to the alert log. A few calls per step, so the query API and the SIEM
/// forwarder see the ingest without slowing it. Devices' role guesses live in their grains and change
/// slowly: they are copied into the directory every <see cref="IdentityRefreshInterval"/> of capture
/// time and at <see cref="FlushAsync"/>.
/// </summary>
public sealed class PublishingStepProcessor(StepProcessor inner, IGrainFactory grains)
{
    /// <summary>Capture time between copies of the active devices' role guesses into the directory.</summary>
    public static readonly TimeSpan IdentityRefreshInterval = TimeSpan.FromMinutes(10);

    private readonly IncidentTracker _incidents = new();
    private readonly HashSet<string> _activeSinceRefresh = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _subnetOf = new(StringComparer.Ordinal);
    private long _nextRefreshNs = long.MinValue;

    public async Task<IReadOnlyList<Alert>> ProcessAsync(CaptureStep step)
    {
        var alerts = await inner.ProcessAsync(step);
        // Read after the step: the estate may just have learnt that a subnet serves ICS.
        var facts = await grains.GetGrain<IEstateGrain>(StepProcessor.EstateKey).GetFactsAsync([]);
        var update = DirectoryUpdateBuilder.From(step, ip => ZoneOf(ip, facts), inner.LearningEndNs);
        var register = grains.GetDeviceDirectory().RegisterAsync(update);
        if (alerts.Count > 0)
        {
            var batch = _incidents.Observe(alerts);
            var ids = batch.Updates.Count > 0 ? await grains.GetIncidentLog().UpsertAsync(batch.Updates) : new Dictionary<string, string>();
            alerts = [.. alerts.Select((a, i) => a with { Incident = ids.GetValueOrDefault(batch.AlertKeys[i]) ?? a.Incident })];
            await grains.GetAlertLog().AppendAsync(alerts);
        }
        await register;
        foreach (var device in step.Devices)
        {
            _activeSinceRefresh.Add(device.Device);
            _subnetOf[device.Device] = device.Subnet;
        }
        if (step.StepEndNs >= _nextRefreshNs)
        {
            await FlushAsync();
            _nextRefreshNs = step.StepEndNs + IdentityRefreshInterval.Ticks * 100;
        }
        return alerts;
    }

    /// <summary>Copies the role guesses of the devices active since the last copy into the directory; call at the end of an ingest.</summary>
    public async Task FlushAsync()
    {
        if (_activeSinceRefresh.Count == 0)
        {
            return;
        }
        var sightings = new List<DeviceSighting>(_activeSinceRefresh.Count);
        foreach (var chunk in _activeSinceRefresh.Order(StringComparer.Ordinal).Chunk(1024))
        {
            var snapshots = await Task.WhenAll(chunk.Select(ip => grains.GetGrain<IDeviceGrain>(ip).GetSnapshotAsync()));
            // A sighting with an empty time span changes only the role.
            sightings.AddRange(snapshots.Where(s => s.Role is not null).Select(s => new DeviceSighting
            {
                Ip = s.Ip,
                Subnet = _subnetOf.GetValueOrDefault(s.Ip) ?? s.Subnet,
                FirstNs = long.MaxValue,
                LastNs = long.MinValue,
                Role = s.Role,
            }));
        }
        _activeSinceRefresh.Clear();
        if (sightings.Count > 0)
        {
            await grains.GetDeviceDirectory().RegisterAsync(new DirectoryUpdate { Sightings = sightings });
        }
    }

    private DeviceZone ZoneOf(string ip, EstateFacts facts)
    {
        var (role, evidence) = inner.Zones.Resolve(ip, facts);
        return new DeviceZone(role, evidence, inner.Zones.NameOf(ip));
    }
}
