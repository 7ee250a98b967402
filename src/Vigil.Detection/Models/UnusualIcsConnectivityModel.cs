using Vigil.Contracts.Alerts;
using Vigil.Detection.Devices;
using Vigil.Detection.Evidence;

namespace Vigil.Detection.Models;

/// <summary>
/// "Unusual ICS Connectivity": an ICS conversation (payload exchanged on an ICS service) between the
/// device and a peer that its baseline has no conversation for on that service. New ICS pairs of the
/// last ten minutes are judged against how often the device, pooled with its subnet's clients of the
/// service, forms them (<see cref="NoveltyRate"/>) — a source that never spoke ICS is the rarest —
/// discounted for an established device whose subnet peers speak ICS (<see cref="PeerGroupNovelty"/>).
/// </summary>
public static class UnusualIcsConnectivityModel
{
    public const string Kind = "ics-pair";

    public static Alert? Observe(DeviceState state, FlowView view, StepContext context)
    {
        var flow = view.Flow;
        if (!view.Acting || !PortClasses.IsIcs(view.Service) || !FlowRoles.IsConversation(flow)
            || state.Conversations.HasPair(view.Peer, view.Service))
        {
            return null;
        }
        var t = view.TimeNs;
        if (PairNovelty.Judge(state, view, context, Kind, ModelNames.UnusualIcsConnectivity) is not { } novelty)
        {
            return null;
        }
        var (count, own, clients, rate, share, surprisal, score) = novelty;
        var spokeIcs = state.Conversations.Pairs.Keys.Any(k => k.StartsWith("* protocol/", StringComparison.Ordinal));
        return ModelAlert.Create(context, ModelNames.UnusualIcsConnectivity, t, score,
            $"{context.Device} held a {flow.Service ?? view.Service} conversation with {view.Peer}:{flow.RespPort}, a pair its baseline has not seen ({count} new ICS pairs in 10 minutes).",
            new EvidenceBuilder()
                .Add("destination", $"{view.Peer}:{flow.RespPort}")
                .Add("destination_zone", view.PeerZone)
                .Add("protocol", flow.Service)
                .Add("new_ics_pairs_10min", count)
                .Add("own_new_ics_pairs_before", own)
                .Add("source_spoke_ics_before", spokeIcs ? "yes" : "no")
                .Add("subnet_clients_of_service", clients)
                .Add("subnet_device_hours", context.SubnetProfile.DeviceHours)
                .Add("rate_surprisal", rate)
                .Add("peer_group_share", share)
                .Add("surprisal", surprisal)
                .Build(),
            [view.Peer]);
    }
}
