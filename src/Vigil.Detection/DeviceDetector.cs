using Vigil.Capture.Decoding;
using Vigil.Contracts.Alerts;
using Vigil.Contracts.Devices;
using Vigil.Contracts.Flows;
using Vigil.Contracts.Subnets;
using Vigil.Detection.Identity;
using Vigil.Detection.Devices;
using Vigil.Detection.Models;

namespace Vigil.Detection;

/// <summary>
/// Runs one step of a device through its profile and models, in capture order, and says what the
/// subnet and the estate need to know. Pure: the same state and step always give the same result.
/// Each flow is judged against the baseline as it was before the flow, then learnt.
/// </summary>
public static class DeviceDetector
{
    /// <summary>Most first contacts one device reports per step; a scanner's surplus is counted, not listed.</summary>
    public const int MaxFirstContactsPerStep = 4096;

    /// <summary>Most new external endpoints one device reports per step.</summary>
    public const int MaxNewExternalsPerStep = 256;

    public static DeviceStepResult Observe(DeviceState state, string device, DeviceStep step)
    {
        var firstSeen = step.Events.Count == 0 ? state.Profile.FirstSeenNs : Math.Min(state.Profile.FirstSeenNs, step.Events.Min(e => e.StartNs));
        var context = new StepContext(device, step.Subnet, step.StepEndNs, step.LearningEndNs, step.SubnetProfile)
        {
            Estate = step.Estate,
            DeviceFirstSeenNs = firstSeen,
        };
        var wasEstablished = state.Profile.FirstSeenNs < step.LearningEndNs;
        var alerts = new List<Alert>();
        var newServices = new List<string>();
        var newIcsOffered = new List<string>();
        var firstContacts = new List<string>();
        var newExternals = new List<string>();
        var newBehaviours = new List<string>();
        int attempts = 0, failures = 0;
        long lastEventNs = 0;
        foreach (var flow in step.Events)
        {
            var isOriginator = flow.Orig == device;
            var view = ViewOf(state, device, flow, step.Estate);
            if (view.Acting && flow.RespInternal && flow.IsFirst && firstContacts.Count < MaxFirstContactsPerStep
                && state.Profile.Peers.IsFirstInternalContact(flow.Resp))
            {
                firstContacts.Add($"{flow.Resp}:{flow.RespPort}:{(FlowRoles.IsFailed(flow) ? "fail" : "ok")}");
            }
            if (isOriginator && !flow.RespInternal && flow.IsFirst && !view.PeerKnown && newExternals.Count < MaxNewExternalsPerStep)
            {
                newExternals.Add(flow.Resp);
            }
            Judge(state, view, context, alerts);
            if (view.Acting && flow.App is { Operations.Count: > 0 } app)
            {
                state.Requests.Observe(flow, app.Operations);
            }
            foreach (var behaviour in SubnetBehaviours.Of(view, context))
            {
                NewDeviceActivityModel.Observe(state.NewDevice, behaviour, view, context);
                if (SubnetBehaviours.Counts(behaviour, context, view.TimeNs) && state.Profile.AddBehaviour(behaviour))
                {
                    newBehaviours.Add(behaviour);
                }
            }
            var offeredBefore = state.Profile.ServicesOffered.Contains(view.Service);
            if (state.Profile.Observe(flow, isOriginator) is { } newService)
            {
                newServices.Add(newService);
            }
            if (!isOriginator && !offeredBefore && PortClasses.IsIcs(view.Service) && state.Profile.ServicesOffered.Contains(view.Service))
            {
                newIcsOffered.Add(view.Service);
            }
            if (view.Acting && FlowRoles.IsConversation(flow))
            {
                state.Conversations.AddPair(view.Peer, view.Service, flow.EndNs);
            }
            state.EventLog.Record(flow, device);
            state.Identity.Observe(flow, isOriginator);
            if (view.Acting && flow.IsFinal && flow.RespInternal)
            {
                attempts++;
                failures += FlowRoles.IsFailed(flow) ? 1 : 0;
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
        // An update tells more about a breach already counted.
        state.AlertCount += alerts.Count(a => !a.IsUpdate);
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
                NewExternalPeers = newExternals,
                NewIcsServicesOffered = newIcsOffered,
                NewBehaviours = newBehaviours,
                FirstSeenNs = state.Profile.FirstSeenNs == long.MaxValue ? 0 : state.Profile.FirstSeenNs,
                LastSeenNs = state.Profile.LastSeenNs,
                StepLastEventNs = lastEventNs,
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

    private static FlowView ViewOf(DeviceState state, string device, FlowEvent flow, EstateView estate)
    {
        var isOriginator = flow.Orig == device;
        var peer = FlowRoles.PeerOf(flow, device);
        var service = ServiceKey.Of(flow);
        return new FlowView(flow, FlowRoles.IsActing(flow, device), peer, estate.ZoneOf(peer, isOriginator ? flow.RespInternal : flow.OrigInternal),
            service, state.Profile.Peers.All.ContainsKey(peer), state.Profile.ServicesUsed.Contains(service));
    }

    /// <summary>The per-flow catalog models, in a fixed order (later models may read what earlier ones learnt).</summary>
    private static void Judge(DeviceState state, FlowView view, StepContext context, List<Alert> alerts)
    {
        Add(alerts, AdminRdpSessionModel.Observe(state, view, context));
        Add(alerts, UnusualIcsConnectivityModel.Observe(state, view, context));
        Add(alerts, PossibleIcsProtocolModel.Observe(state, view, context));
        Add(alerts, ItToIcsConnectionModel.Observe(state, view, context));
        Add(alerts, FailedIcsConnectionsModel.Observe(state, view, context));
        alerts.AddRange(NewCommandsModel.Observe(state, view, context));
        Add(alerts, SslWithoutSniModel.Observe(state, view, context));
        Add(alerts, SelfSignedExternalModel.Observe(state, view, context));
        Add(alerts, UnusualDataUploadModel.Observe(state, view, context));
    }

    private static void Add(List<Alert> alerts, Alert? alert)
    {
        if (alert is not null)
        {
            alerts.Add(alert);
        }
    }
}
