using Vigil.Contracts.Alerts;
using Vigil.Contracts.Subnets;
using Vigil.Detection.Evidence;

namespace Vigil.Detection.Models;

/// <summary>
/// "Anomalous IT to ICS Connection": a device of an IT zone opens (or tries) a connection into an
/// ICS zone over a (destination, service) path its baseline has no conversation for. The new paths
/// of the last ten minutes are judged against how often the device and its subnet open new paths
/// on that service (<see cref="NoveltyRate"/>), discounted when the service's class is routine among the
/// established devices of its subnet (<see cref="PeerGroupNovelty"/>).
/// </summary>
public static class ItToIcsConnectionModel
{
    public const string Kind = "it-ics-path";

    public static Alert? Observe(DeviceState state, FlowView view, StepContext context)
    {
        var flow = view.Flow;
        if (!view.Acting || !flow.IsFirst || context.Estate.Zone != ZoneRoles.It || view.PeerZone != ZoneRoles.Ics
            || state.Conversations.HasPair(view.Peer, view.Service))
        {
            return null;
        }
        var t = view.TimeNs;
        if (PairNovelty.Judge(state, view, context, Kind, ModelNames.AnomalousItToIcsConnection) is not { } novelty)
        {
            return null;
        }
        var (count, _, clients, rate, share, surprisal, score) = novelty;
        return ModelAlert.Create(context, ModelNames.AnomalousItToIcsConnection, t, score,
            $"{context.Device} (IT zone) connected to {view.Peer}:{flow.RespPort} in the ICS zone, a path not in its baseline ({count} new IT→ICS paths in 10 minutes).",
            new EvidenceBuilder()
                .Add("source_zone", context.Estate.Zone)
                .Add("destination", $"{view.Peer}:{flow.RespPort}")
                .Add("destination_zone", view.PeerZone)
                .Add("service", view.Service)
                .Add("state", flow.State)
                .Add("new_paths_10min", count)
                .Add("subnet_clients_of_service", clients)
                .Add("subnet_device_hours", context.SubnetProfile.DeviceHours)
                .Add("rate_surprisal", rate)
                .Add("peer_group_share", share)
                .Add("surprisal", surprisal)
                .Build(),
            [view.Peer]);
    }
}
