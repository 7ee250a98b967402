namespace Vigil.Statistics;

/// <summary>
/// Turns a surprisal s = −log₁₀ p into the [0,1] score alerts carry:
/// score = 1 − exp(−(s/τ)^κ), a Weibull curve that is 0 for an unsurprising event, rises
/// monotonically and saturates towards 1.
/// </summary>
/// <remarks>
/// τ and κ are fixed by two anchors: p = 10⁻³ scores exactly 0.5 and p = 10⁻⁹ exactly 0.95.
/// That gives κ = ln(ln 20 / ln 2) / ln 3 ≈ 1.332 and τ = 3 / (ln 2)^(1/κ) ≈ 3.950. Other
/// points: p = 0.1 → 0.15, p = 0.01 → 0.33, p = 10⁻⁶ → 0.83, p = 10⁻¹² → 0.99.
/// </remarks>
public static class SignificanceScore
{
    /// <summary>Shape κ of the curve.</summary>
    public static readonly double Shape = Math.Log(Math.Log(20) / Math.Log(2)) / Math.Log(3);

    /// <summary>Scale τ of the curve, in units of surprisal.</summary>
    public static readonly double Scale = 3 / Math.Pow(Math.Log(2), 1 / Shape);

    /// <summary>The score of a surprisal; 0 for s ≤ 0 or NaN.</summary>
    public static double FromSurprisal(double surprisal)
    {
        if (!(surprisal > 0))
        {
            return 0;
        }
        return 1 - Math.Exp(-Math.Pow(surprisal / Scale, Shape));
    }

    /// <summary>The score of a tail probability p in [0,1]; p = 0 scores 1.</summary>
    public static double FromProbability(double probability)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(probability);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(probability, 1);
        return probability == 0 ? 1 : FromSurprisal(-Math.Log10(probability));
    }

    /// <summary>
    /// The surprisal that earns <paramref name="score"/>, so thresholds can be configured as
    /// scores ("alert from 0.8") and compared in surprisal. Score 1 maps to infinity.
    /// </summary>
    public static double ToSurprisal(double score)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(score);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(score, 1);
        return Scale * Math.Pow(-Math.Log(1 - score), 1 / Shape);
    }
}
