namespace Vigil.Statistics;

/// <summary>
/// How common something is across a population — an external IP contacted by m of n devices,
/// a certificate presented to m of n — as a smoothed probability, so that "nobody has seen it"
/// is rare but not impossible and a population of two does not claim certainty.
/// </summary>
/// <remarks>
/// The estimate is the posterior mean of a Beta(α, β) prior after m successes in n trials:
/// (m + α)/(n + α + β). α = β = 1 is Laplace's rule of succession: unseen by 0 of 0 devices is
/// ½, unseen by 0 of 998 is 1/1000 (surprisal 3, score 0.5).
/// </remarks>
public static class PopulationRarity
{
    /// <summary>The smoothed probability (m + α)/(n + α + β).</summary>
    /// <param name="seenBy">m, members that have it (0 ≤ m ≤ n).</param>
    /// <param name="population">n, members observed.</param>
    /// <param name="alpha">Prior pseudo-count of members that have it (&gt; 0).</param>
    /// <param name="beta">Prior pseudo-count of members that do not (&gt; 0).</param>
    public static double Probability(long seenBy, long population, double alpha = 1, double beta = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seenBy);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(seenBy, population);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(alpha, 0);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(beta, 0);
        return (seenBy + alpha) / (population + alpha + beta);
    }

    /// <summary>−log₁₀ of <see cref="Probability"/>, ready for <see cref="SignificanceScore.FromSurprisal"/>.</summary>
    public static double Surprisal(long seenBy, long population, double alpha = 1, double beta = 1) =>
        -Math.Log10(Probability(seenBy, population, alpha, beta));
}
