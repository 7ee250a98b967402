namespace Vigil.Detection.Models;

/// <summary>
/// How surprising a first TLS contact of one kind with a rare external endpoint is: how rare such a
/// first is for the device and its subnet (<see cref="NoveltyRate"/>) plus the endpoint's estate rarity
/// (<see cref="ExternalTlsRarity"/>). The two external TLS models share this judgement and its episode gate.
/// </summary>
/// <param name="OwnBefore">Firsts of this kind the device made before, past warm-up.</param>
/// <param name="NoveltySurprisal">Surprisal of one such first against the device's and subnet's rate.</param>
/// <param name="RaritySurprisal">−log₁₀ of the estate's smoothed share that contacted the endpoint.</param>
/// <param name="Score">The alert score.</param>
public sealed record ExternalTlsNovelty(int OwnBefore, double NoveltySurprisal, double RaritySurprisal, double Score)
{
    /// <summary>Learns the first and returns it when it should alert; null during learning, below the minimum score, or inside an open episode.</summary>
    public static ExternalTlsNovelty? Judge(DeviceState state, StepContext context, string peer, long timeNs, string kind, string model)
    {
        var own = state.Conversations.NoveltiesOf(kind);
        var novelty = NoveltyRate.Surprisal(1, RecentCounts.WindowNs, own, context.OwnHours(timeNs), 0, context.SubnetProfile.DeviceHours);
        var rarity = ExternalTlsRarity.Surprisal(context, peer);
        var score = ModelAlert.Score(novelty + rarity);
        if (context.IsPastWarmup(timeNs))
        {
            state.Conversations.CountNovelty(kind);
        }
        if (context.IsLearning(timeNs) || score < ModelAlert.NoveltyMinScore || !state.Episodes.Trigger(model, timeNs))
        {
            return null;
        }
        return new ExternalTlsNovelty(own, novelty, rarity, score);
    }
}
