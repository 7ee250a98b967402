using Vigil.Contracts.Directory;
using Vigil.Contracts.Flows;
using Vigil.Host.Ingest;

namespace Vigil.Host.Publishing;

/// <summary>
/// Condenses a step into what the device directory needs: each active device's time span, VLANs and
/// services, and the flows that crossed from one subnet into another (the observed conduits).
/// </summary>
public static class DirectoryUpdateBuilder
{
    /// <summary>A scan crosses a conduit with many pairs; the directory keeps few, so a step sends few.</summary>
    private const int MaxPairsPerStep = 32;

    public static DirectoryUpdate From(CaptureStep step) => From(step, null, 0);

    /// <summary>
    /// The step's update with each device's zone (<paramref name="zoneOf"/>, null for none) and the end
    /// of learning, so the directory can filter by zone and tell baseline conduits from new ones.
    /// </summary>
    public static DirectoryUpdate From(CaptureStep step, Func<string, DeviceZone>? zoneOf, long learningEndNs)
    {
        var subnetOf = new Dictionary<string, string>(step.Devices.Count, StringComparer.Ordinal);
        foreach (var device in step.Devices)
        {
            subnetOf[device.Device] = device.Subnet;
        }
        var sightings = new List<DeviceSighting>(step.Devices.Count);
        var conduits = new Dictionary<(string From, string To, string Service), ConduitObservation>();
        foreach (var device in step.Devices)
        {
            var zone = zoneOf?.Invoke(device.Device);
            sightings.Add(Sighting(device) with { Zone = zone?.Role, ZoneEvidence = zone?.Evidence, ZoneName = zone?.Name });
            foreach (var flow in device.Events)
            {
                // Each flow is filed under both of its devices: count it once, from its originator, when it ends.
                if (!flow.IsFinal || !string.Equals(flow.Orig, device.Device, StringComparison.Ordinal)
                    || !subnetOf.TryGetValue(flow.Resp, out var toSubnet) || string.Equals(toSubnet, device.Subnet, StringComparison.Ordinal))
                {
                    continue;
                }
                var key = (From: device.Subnet, To: toSubnet, Service: ServiceOf(flow));
                var seen = conduits.GetValueOrDefault(key) ?? new ConduitObservation
                {
                    FromSubnet = key.From, ToSubnet = key.To, Service = key.Service, FirstNs = flow.StartNs,
                    FromZone = zoneOf?.Invoke(flow.Orig).Label, ToZone = zoneOf?.Invoke(flow.Resp).Label,
                    FromRole = zoneOf?.Invoke(flow.Orig).Role, ToRole = zoneOf?.Invoke(flow.Resp).Role,
                };
                var pair = $"{flow.Orig}>{flow.Resp}";
                conduits[key] = seen with
                {
                    Flows = seen.Flows + 1,
                    Failed = seen.Failed + (flow.IsFailedAttempt ? 1 : 0),
                    FirstNs = Math.Min(seen.FirstNs, flow.StartNs),
                    LastNs = Math.Max(seen.LastNs, flow.EndNs),
                    Pairs = seen.Pairs.Count >= MaxPairsPerStep || seen.Pairs.Contains(pair, StringComparer.Ordinal) ? seen.Pairs : [.. seen.Pairs, pair],
                };
            }
        }
        return new DirectoryUpdate { Sightings = sightings, Conduits = [.. conduits.Values], LearningEndNs = learningEndNs == long.MaxValue ? 0 : learningEndNs };
    }

    /// <summary>"tcp/502": the responder's port is the service whichever side the device was on.</summary>
    public static string ServiceOf(FlowEvent flow) => $"{ProtocolName(flow.Protocol)}/{flow.RespPort}";

    private static DeviceSighting Sighting(DeviceEvents device)
    {
        long first = long.MaxValue, last = long.MinValue;
        var vlans = new SortedSet<int>();
        var services = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var flow in device.Events)
        {
            first = Math.Min(first, flow.StartNs);
            last = Math.Max(last, flow.EndNs);
            vlans.Add(flow.Vlan);
            services.Add(ServiceOf(flow));
        }
        return new DeviceSighting { Ip = device.Device, Subnet = device.Subnet, FirstNs = first, LastNs = last, Vlans = [.. vlans], Services = [.. services] };
    }

    private static string ProtocolName(byte protocol) => protocol switch
    {
        6 => "tcp",
        17 => "udp",
        1 => "icmp",
        58 => "icmp6",
        _ => protocol.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
