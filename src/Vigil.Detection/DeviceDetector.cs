using Vigil.Capture.Decoding;
using Vigil.Contracts.Alerts;
using Vigil.Contracts.Devices;
using Vigil.Contracts.Subnets;
using Vigil.Detection.Identity;
using Vigil.Detection.Models;

namespace Vigil.Detection;

/// <summary>
/// Runs one step of a device through its profile and models, in capture order, and says what the
/// subnet needs to know. Pure: the same state and step always give the same result.
/// </summary>
public static class DeviceDetector
{
    /// <summary>Most first contacts one device reports per step; a scanner's surplus is counted, not listed.</summary>
    public const int MaxFirstContactsPerStep = 4096;

    public static DeviceStepResult Observe(DeviceState state, string device, DeviceStep step)
    {
        var context = new StepContext(device, step.Subnet, step.StepEndNs, step.LearningEndNs, step.SubnetProfile);
        var wasEstablished = state.Profile.FirstSeenNs < step.LearningEndNs;
        var alerts = new List<Alert>();
        var newServices = new List<string>();
        var firstContacts = new List<string>();
        int attempts = 0, failures = 0;
        long lastEventNs = 0;
        foreach (var flow in step.Events)
        {
            var isOriginator = flow.Orig == device;
            if (isOriginator && flow.RespInternal && flow.IsFirst && firstContacts.Count < MaxFirstContactsPerStep
                && state.Profile.Peers.IsFirstInternalContact(flow.Resp))
            {
                firstContacts.Add($"{flow.Resp}:{flow.RespPort}:{(flow.IsFinal && flow.IsFailedAttempt ? "fail" : "ok")}");
            }
            if (state.Profile.Observe(flow, isOriginator) is { } newService)
            {
                newServices.Add(newService);
            }
            state.History.Record(flow);
            state.Identity.Observe(flow, isOriginator);
            if (isOriginator && flow.IsFinal && flow.RespInternal)
            {
                attempts++;
                failures += flow.IsFailedAttempt ? 1 : 0;
            }
            if (FailedInternalConnectionsModel.Observe(state.FailedConnections, flow, context) is { } failedAlert)
            {
                alerts.Add(failedAlert);
            }
            lastEventNs = Math.Max(lastEventNs, flow.EndNs);
        }
        state.Identity.Name(step.Names);
        if (lastEventNs > 0 && NewDeviceActivityModel.Evaluate(state.NewDevice, state.Profile, context, lastEventNs) is { } newDeviceAlert)
        {
            alerts.Add(newDeviceAlert);
        }
        state.AlertCount += alerts.Count;
        return new DeviceStepResult
        {
            Alerts = alerts,
            Summary = new DeviceActivitySummary
            {
                Device = device,
                Subnet = step.Subnet,
                Established = wasEstablished || state.Profile.FirstSeenNs < step.LearningEndNs,
                DailyInternalPeers = state.Profile.Peers.DailyInternalPeers(Math.Max(lastEventNs, state.Profile.LastSeenNs)),
                NewClientServices = newServices,
                Attempts = attempts,
                FailedAttempts = failures,
                FirstContacts = firstContacts,
            },
        };
    }

    public static DeviceSnapshot Snapshot(DeviceState state, string device, string subnet)
    {
        var (role, evidence) = RoleGuess.Of(state.Profile, state.Identity);
        var macVendor = state.Profile.Macs.Select(mac => MacVendors.Of(new MacAddress(mac))).FirstOrDefault(v => v is not null);
        return new DeviceSnapshot
        {
            Ip = device,
            Subnet = subnet,
            Macs = state.Profile.Macs.Select(mac => new MacAddress(mac).ToString()).ToArray(),
            Vlans = state.Profile.Vlans.ToArray(),
            FirstSeenNs = state.Profile.FirstSeenNs == long.MaxValue ? 0 : state.Profile.FirstSeenNs,
            LastSeenNs = state.Profile.LastSeenNs,
            Peers = state.Profile.Peers.DistinctPeers,
            ServicesOffered = state.Profile.ServicesOffered.ToArray(),
            ServicesUsed = state.Profile.ServicesUsed.ToArray(),
            Flows = state.Profile.Flows,
            BytesSent = state.Profile.BytesSent,
            BytesReceived = state.Profile.BytesReceived,
            Alerts = state.AlertCount,
            Names = state.Identity.Names.ToArray(),
            Vendor = state.Identity.Vendor ?? macVendor,
            Product = state.Identity.Product,
            Role = role,
            RoleEvidence = evidence,
        };
    }
}
