using Vigil.Contracts.Alerts;
using Vigil.Statistics;

namespace Vigil.Detection.Models;

/// <summary>Builds the alerts of the device models the same way: score from surprisal, rounded so output is reproducible.</summary>
public static class ModelAlert
{
    /// <summary>Novelty models alert from p ≤ 0.01 (score ≈ 0.33): a first-time behaviour that rare is worth a look.</summary>
    public const double NoveltyMinScore = 0.33;

    public static double Score(double surprisal) => Math.Round(SignificanceScore.FromSurprisal(surprisal), 4);

    public static Alert Create(StepContext context, string model, long timeNs, double score, string summary, string evidence, IReadOnlyList<string> peers) => new()
    {
        TimeNs = timeNs,
        Device = context.Device,
        Model = model,
        Score = score,
        Summary = summary,
        EvidenceJson = evidence,
        Peers = peers,
    };
}
