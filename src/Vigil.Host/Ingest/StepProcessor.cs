using Vigil.Contracts.Alerts;
using Vigil.Contracts.Devices;
using Vigil.Contracts.Subnets;

namespace Vigil.Host.Ingest;

/// <summary>
/// Runs one <see cref="CaptureStep"/> through the grains in three phases: read the subnets'
/// profiles, let every device grain judge its events (all in parallel), then fold the devices'
/// summaries into their subnets in a fixed order. Subnet state changes only in the last phase, so
/// the alerts of a step do not depend on which grain ran first; they are returned sorted.
/// </summary>
public sealed class StepProcessor(IGrainFactory grains)
{
    /// <summary>Set once the first packet fixes it, before the first step is queued.</summary>
    public long LearningEndNs { get; set; } = long.MaxValue;

    public async Task<IReadOnlyList<Alert>> ProcessAsync(CaptureStep step)
    {
        var subnets = step.Devices.Select(d => d.Subnet).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var profiles = await Task.WhenAll(subnets.Select(s => grains.GetGrain<ISubnetGrain>(s).GetProfileAsync()));
        var profileOf = subnets.Zip(profiles).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);

        var results = await Task.WhenAll(step.Devices.Select(device =>
            grains.GetGrain<IDeviceGrain>(device.Device).ObserveAsync(new DeviceStep
            {
                StepEndNs = step.StepEndNs,
                LearningEndNs = LearningEndNs,
                Subnet = device.Subnet,
                SubnetProfile = profileOf[device.Subnet],
                Events = device.Events,
                Names = device.Names,
            })));

        var alerts = results.SelectMany(r => r.Alerts).ToList();
        var bySubnet = results.Select(r => r.Summary).GroupBy(s => s.Subnet, StringComparer.Ordinal);
        var subnetAlerts = await Task.WhenAll(bySubnet.Select(group =>
            grains.GetGrain<ISubnetGrain>(group.Key).ObserveAsync(new SubnetStep
            {
                StepEndNs = step.StepEndNs,
                LearningEndNs = LearningEndNs,
                Summaries = group.OrderBy(s => s.Device, StringComparer.Ordinal).ToArray(),
            })));
        alerts.AddRange(subnetAlerts.SelectMany(a => a));
        alerts.Sort(AlertOrder.Instance);
        return alerts;
    }
}
