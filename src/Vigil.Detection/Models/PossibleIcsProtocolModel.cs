using Vigil.Contracts.Alerts;
using Vigil.Contracts.Subnets;
using Vigil.Detection.Devices;
using Vigil.Detection.Evidence;

namespace Vigil.Detection.Models;

/// <summary>
/// "Experimental / Possible ICS Protocol": a device reaches for an industrial protocol it never used —
/// attempts on an ICS port it never used as a client ("new_port"), the first conversation in an ICS
/// protocol it never spoke ("new_protocol"), or any ICS attempt towards a host outside the estate
/// ("external"). Each reason is its own episode. Scored by how rare such firsts are for the device
/// and its subnet (<see cref="NoveltyRate"/>), counting the attempts of the last ten minutes, and
/// inside the estate discounted when ICS is routine among the device's established subnet peers (<see cref="PeerGroupNovelty"/>).
/// </summary>
public static class PossibleIcsProtocolModel
{
    private const string SpokenMarker = "*";

    public static Alert? Observe(DeviceState state, FlowView view, StepContext context)
    {
        var flow = view.Flow;
        if (!view.Acting || !flow.IsFirst || !PortClasses.IsIcs(view.Service))
        {
            return null;
        }
        string? reason = null;
        if (view.PeerZone == ZoneRoles.External)
        {
            reason = "external";
        }
        else if (!view.ServiceKnown)
        {
            reason = "new_port";
        }
        if (FlowRoles.IsConversation(flow) && flow.Service is { } protocol
            && state.Conversations.AddPair(SpokenMarker, "protocol/" + protocol, view.TimeNs) && reason is null)
        {
            reason = "new_protocol";
        }
        if (reason is null)
        {
            return null;
        }
        var t = view.TimeNs;
        var kind = "ics-" + reason;
        var count = state.Recent.Add(kind, t, 1);
        var own = state.Conversations.NoveltiesOf(kind);
        var subnetClients = reason == "external" ? 0 : context.SubnetClientsOf(view.Service);
        var rate = NoveltyRate.Surprisal(count, RecentCounts.WindowNs, own, context.OwnHours(t), subnetClients, context.SubnetProfile.DeviceHours);
        // ICS towards the internet is nobody's habit: only inside the estate do the peers vouch.
        var share = reason == "external" ? 0 : PeerGroupNovelty.Share(context, view.Service);
        var surprisal = PeerGroupNovelty.Surprisal(rate, share);
        var score = ModelAlert.Score(surprisal);
        if (context.IsPastWarmup(t))
        {
            state.Conversations.CountNovelty(kind);
        }
        var episode = ModelNames.PossibleIcsProtocol + "/" + reason;
        if (context.IsLearning(t) || score < ModelAlert.NoveltyMinScore)
        {
            state.Episodes.Extend(episode, t);
            return null;
        }
        if (!state.Episodes.Trigger(episode, t))
        {
            return null;
        }
        var what = reason switch
        {
            "external" => $"tried {view.Service} towards {view.Peer}, a host outside the estate",
            "new_port" => $"made its first {view.Service} attempts (to {view.Peer}), an ICS service it never used",
            _ => $"spoke {flow.Service} to {view.Peer} for the first time",
        };
        return ModelAlert.Create(context, ModelNames.PossibleIcsProtocol, t, score,
            $"{context.Device} {what}; {count} such attempt(s) in 10 minutes.",
            new EvidenceBuilder()
                .Add("reason", reason)
                .Add("service", view.Service)
                .Add("protocol", flow.Service)
                .Add("destination", view.Peer)
                .Add("destination_zone", view.PeerZone)
                .Add("state", flow.State)
                .Add("attempts_10min", count)
                .Add("subnet_clients_of_service", subnetClients)
                .Add("subnet_device_hours", context.SubnetProfile.DeviceHours)
                .Add("rate_surprisal", rate)
                .Add("peer_group_share", share)
                .Add("surprisal", surprisal)
                .Build(),
            [view.Peer]);
    }
}
