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
    /// <summary>The step whose publishing failed part way, with what it got done: calling again with it resumes there.</summary>
    private Publication? _unfinished;

    /// <summary>Judges the step in the grains, then publishes it (<see cref="PublishAsync"/>).</summary>
    public async Task<IReadOnlyList<Alert>> ProcessAsync(CaptureStep step) => await PublishAsync(step, await inner.ProcessAsync(step));

    /// <summary>
    /// Publishes a step the grains have judged (<paramref name="alerts"/> from <see cref="StepProcessor.ProcessAsync"/>).
    /// Returns the alerts, each with its incident id, that the alert log did not already hold: all of them
    /// in `analyze`; in a cluster the log's archive leaves out breaches it stored before (a replayed step).
    /// When a call fails, call again with the same step and alerts to retry: the calls that succeeded are not
    /// repeated, and the incident tracker takes the step's alerts once, whatever the number of attempts.
    /// </summary>
    public async Task<IReadOnlyList<Alert>> PublishAsync(CaptureStep step, IReadOnlyList<Alert> alerts)
    {
        var publication = _unfinished is { } unfinished && ReferenceEquals(unfinished.Step, step)
            ? unfinished
            : new Publication(step, alerts, _incidents.Observe(alerts));
        _unfinished = publication;
        await Task.WhenAll(RegisterAsync(publication), StoreAsync(publication));
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
        _unfinished = null;
        return publication.Stored!;
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
        if (sightings.Count > 0)
        {
            await grains.GetDeviceDirectory().RegisterAsync(new DirectoryUpdate { Sightings = sightings });
        }
        _activeSinceRefresh.Clear();
    }

    /// <summary>The step's devices (with their zones) and conduits into the directory.</summary>
    private async Task RegisterAsync(Publication publication)
    {
        if (publication.Registered)
        {
            return;
        }
        // Read after the step: the estate may just have learnt that a subnet serves ICS.
        var facts = await grains.GetGrain<IEstateGrain>(StepProcessor.EstateKey).GetFactsAsync([]);
        await grains.GetDeviceDirectory().RegisterAsync(DirectoryUpdateBuilder.From(publication.Step, ip => ZoneOf(ip, facts), inner.LearningEndNs));
        publication.Registered = true;
    }

    /// <summary>The incidents the step changed into the incident log, then the alerts, labelled with their incidents' ids, into the alert log.</summary>
    private async Task StoreAsync(Publication publication)
    {
        if (publication.Stored is not null)
        {
            return;
        }
        if (publication.Alerts.Count == 0)
        {
            publication.Stored = [];
            return;
        }
        var batch = publication.Incidents;
        publication.IncidentIds ??= batch.Updates.Count > 0 ? await grains.GetIncidentLog().UpsertAsync(batch.Updates) : new Dictionary<string, string>();
        var labelled = publication.Alerts.Select((a, i) => a with { Incident = publication.IncidentIds.GetValueOrDefault(batch.AlertKeys[i]) ?? a.Incident }).ToArray();
        publication.Stored = [.. (await grains.GetAlertLog().AppendAsync(labelled)).Select(r => r.Alert)];
    }

    private DeviceZone ZoneOf(string ip, EstateFacts facts)
    {
        var (role, evidence) = inner.Zones.Resolve(ip, facts);
        return new DeviceZone(role, evidence, inner.Zones.NameOf(ip));
    }

    /// <summary>One step on its way to the estate-wide grains, and which of its calls have succeeded.</summary>
    private sealed class Publication(CaptureStep step, IReadOnlyList<Alert> alerts, IncidentBatch incidents)
    {
        public CaptureStep Step { get; } = step;
        public IReadOnlyList<Alert> Alerts { get; } = alerts;
        public IncidentBatch Incidents { get; } = incidents;
        public bool Registered { get; set; }
        public IReadOnlyDictionary<string, string>? IncidentIds { get; set; }
        public IReadOnlyList<Alert>? Stored { get; set; }
    }
}
