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
    public static DirectoryUpdate From(CaptureStep step)
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
            sightings.Add(Sighting(device));
            foreach (var flow in device.Events)
            {
                // Each flow is filed under both of its devices: count it once, from its originator, when it ends.
                if (!flow.IsFinal || !string.Equals(flow.Orig, device.Device, StringComparison.Ordinal)
                    || !subnetOf.TryGetValue(flow.Resp, out var toSubnet) || string.Equals(toSubnet, device.Subnet, StringComparison.Ordinal))
                {
                    continue;
                }
                var key = (From: device.Subnet, To: toSubnet, Service: ServiceOf(flow));
                var seen = conduits.GetValueOrDefault(key) ?? new ConduitObservation { FromSubnet = key.From, ToSubnet = key.To, Service = key.Service };
                conduits[key] = seen with
                {
                    Flows = seen.Flows + 1,
                    Failed = seen.Failed + (flow.IsFailedAttempt ? 1 : 0),
                    LastNs = Math.Max(seen.LastNs, flow.EndNs),
                };
            }
        }
        return new DirectoryUpdate { Sightings = sightings, Conduits = [.. conduits.Values] };
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
