using Vigil.Detection.Devices;

namespace Vigil.Detection.Models;

/// <summary>
/// How surprising a first-ever (device, peer, service) path is: the count of such firsts in the last
/// ten minutes against the device's and its subnet's rate of them, credited by the peer group. The
/// novelty models share this judgement and the episode gate that follows it.
/// </summary>
/// <param name="Count">Firsts of this kind in the recent window, this one included.</param>
/// <param name="OwnBefore">Firsts of this kind the device made before, past warm-up.</param>
/// <param name="Clients">Devices of the subnet that use the service as clients.</param>
/// <param name="RateSurprisal">Surprisal of the count against the rate alone.</param>
/// <param name="Share">The peer-group share that credits the behaviour.</param>
/// <param name="Surprisal">The surprisal after the peer-group credit.</param>
/// <param name="Score">The alert score.</param>
public sealed record PairNovelty(long Count, int OwnBefore, int Clients, double RateSurprisal, double Share, double Surprisal, double Score)
{
    /// <summary>Learns the novelty and returns it when it should alert; null during learning, below the minimum score, or inside an open episode.</summary>
    public static PairNovelty? Judge(DeviceState state, FlowView view, StepContext context, string kind, string model)
    {
        var t = view.TimeNs;
        var count = state.Recent.Add(kind, t, 1);
        var own = state.Conversations.NoveltiesOf(kind);
        var clients = context.SubnetClientsOf(view.Service);
        var rate = NoveltyRate.Surprisal(count, RecentCounts.WindowNs, own, context.OwnHours(t), clients, context.SubnetProfile.DeviceHours);
        var share = PeerGroupNovelty.Share(context, view.Service);
        var surprisal = PeerGroupNovelty.Surprisal(rate, share);
        var score = ModelAlert.Score(surprisal);
        if (context.IsPastWarmup(t))
        {
            state.Conversations.CountNovelty(kind);
        }
        if (context.IsLearning(t) || score < ModelAlert.NoveltyMinScore)
        {
            state.Episodes.Extend(model, t);
            return null;
        }
        return state.Episodes.Trigger(model, t) ? new PairNovelty(count, own, clients, rate, share, surprisal, score) : null;
    }
}
