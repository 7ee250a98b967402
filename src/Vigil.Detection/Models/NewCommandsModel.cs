using Vigil.Contracts.Alerts;
using Vigil.Detection.Devices;
using Vigil.Detection.Evidence;
using Vigil.Protocols.Catalog;

namespace Vigil.Detection.Models;

/// <summary>
/// The three command models — "Multiple New Discover Commands", "Multiple New Action Commands" and
/// "Uncommon ICS Reprogram" — over the ICS operations a device requests (<c>App.Operations</c>,
/// classified by <see cref="OperationCatalog"/>). An operation is new when the device never
/// requested it of that peer. The requests of new (peer, operation) keys in the last ten minutes are
/// judged against how often the device formed new keys of the category before (<see cref="NoveltyRate"/>),
/// so an engineering workstation that often talks to new PLCs is less surprising than a device that never did.
/// Discovery by an established device whose subnet peers are ICS clients is discounted (<see cref="PeerGroupNovelty"/>).
/// A new action that stops, starts, resets or restarts a device weighs more by how rare such requests
/// were in everything the device requested before (<see cref="RequestHistory.RunStateProbability"/>):
/// a first PLC Stop after thousands of reads is far rarer than a new register written, while a device
/// with no history gains nothing from it (½ says nothing).
/// Everything seen during learning is baseline: a pair's first discovery then is not an alert.
/// </summary>
public static class NewCommandsModel
{
    /// <summary>The catalog model each category raises.</summary>
    public static string? ModelOf(OperationCategory category) => category switch
    {
        OperationCategory.Discover => ModelNames.MultipleNewDiscoverCommands,
        OperationCategory.Action => ModelNames.MultipleNewActionCommands,
        OperationCategory.Reprogram => ModelNames.UncommonIcsReprogram,
        _ => null,
    };

    public static IEnumerable<Alert> Observe(DeviceState state, FlowView view, StepContext context)
    {
        var flow = view.Flow;
        if (!view.Acting || flow.App is not { Operations.Count: > 0 } app)
        {
            yield break;
        }
        var t = view.TimeNs;
        var fresh = new SortedDictionary<OperationCategory, List<(string Key, string Name, int Count)>>();
        var requestsBefore = state.Requests.Requests;
        var runStateProbability = state.Requests.RunStateProbability;
        foreach (var (key, count) in app.Operations.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var (category, name) = OperationCatalog.Describe(key);
            if (ModelOf(category) is null || !state.Conversations.AddOperation(view.Peer, key, t))
            {
                continue;
            }
            if (!fresh.TryGetValue(category, out var list))
            {
                fresh[category] = list = [];
            }
            list.Add((key, name, count));
        }
        foreach (var (category, operations) in fresh)
        {
            var model = ModelOf(category)!;
            var kind = "op-" + category.ToString().ToLowerInvariant();
            // Counted in distinct new (peer, operation) keys, the unit the device's own rate is counted in.
            var requests = state.Recent.Add(kind, t, operations.Count);
            var own = state.Conversations.NoveltiesOf(kind);
            var rate = NoveltyRate.Surprisal(requests, RecentCounts.WindowNs, own, context.OwnHours(t), 0, context.SubnetProfile.DeviceHours);
            // Identification is what every ICS client of a subnet may do; changing the process or its
            // program is rare even among them, so only discovery is vouched for by the peer group.
            var share = category == OperationCategory.Discover ? PeerGroupNovelty.Share(context, view.Service) : 0;
            var runState = operations.Where(o => OperationCatalog.ChangesRunState(o.Key)).Select(o => o.Key).ToList();
            // The novelty of the keys and the kind of request they are are separate facts: their surprisals add.
            var impact = runState.Count > 0 ? -Math.Log10(runStateProbability) : 0;
            var surprisal = PeerGroupNovelty.Surprisal(rate, share) + impact;
            var score = ModelAlert.Score(surprisal);
            if (context.IsPastWarmup(t))
            {
                state.Conversations.CountNovelty(kind, operations.Count);
            }
            if (context.IsLearning(t) || score < ModelAlert.NoveltyMinScore)
            {
                state.Episodes.Extend(model, t);
                continue;
            }
            if (!state.Episodes.Trigger(model, t))
            {
                continue;
            }
            var names = string.Join(", ", operations.Select(o => $"{o.Name} ({o.Key}) ×{o.Count}"));
            yield return ModelAlert.Create(context, model, t, score,
                $"{context.Device} sent {category.ToString().ToLowerInvariant()} commands new for the pair to {view.Peer}:{flow.RespPort}: {names}.",
                new EvidenceBuilder()
                    .Add("destination", $"{view.Peer}:{flow.RespPort}")
                    .Add("protocol", flow.Service)
                    .Add("category", category.ToString())
                    .Add("new_operations", operations.Select(o => $"{o.Key} {o.Name} x{o.Count}"))
                    .Add("new_operations_10min", requests)
                    .Add("own_new_operations_before", own)
                    .Add("device_hours", context.OwnHours(t))
                    .Add("rate_surprisal", rate)
                    .Add("peer_group_share", share)
                    .Add("run_state_operations", runState)
                    .Add("requests_before", requestsBefore)
                    .Add("run_state_surprisal", impact)
                    .Add("surprisal", surprisal)
                    .Build(),
                [view.Peer]);
        }
    }
}
