using MathNet.Numerics;

namespace Vigil.Detection.Scoring;

/// <summary>
/// Turns "how unlikely was what we just saw" into the score every alert carries. Surprisal is
/// −log₁₀ of a tail probability; the score maps it monotonically into [0,1] with the anchor points
/// p = 10⁻³ → 0.5 and p = 10⁻⁹ → ≈0.94, so an analyst can read a score as a p-value class.
/// </summary>
public static class Significance
{
    /// <summary>Surprisal at which the score is one half.</summary>
    public const double HalfScoreSurprisal = 3.0;

    /// <summary>P(X ≥ k) for X ~ Poisson(λ), via the regularised lower incomplete gamma (stable for large k).</summary>
    public static double PoissonUpperTail(long k, double lambda)
    {
        if (k <= 0)
        {
            return 1.0;
        }
        lambda = Math.Max(lambda, 1e-9);
        return SpecialFunctions.GammaLowerRegularized(k, lambda);
    }

    /// <summary>
    /// P(X ≥ k) for a count with mean μ and variance σ²: Poisson when σ² ≤ μ, otherwise negative
    /// binomial with the same two moments (over-dispersed counts make big values less surprising).
    /// </summary>
    public static double CountUpperTail(long k, double mean, double variance)
    {
        if (k <= 0)
        {
            return 1.0;
        }
        mean = Math.Max(mean, 1e-9);
        if (variance <= mean * 1.0001)
        {
            return PoissonUpperTail(k, mean);
        }
        // NB(r, p) with mean r(1-p)/p and variance r(1-p)/p²: P(X ≥ k) = I_{1-p}(k, r).
        var p = mean / variance;
        var r = mean * p / (1 - p);
        return SpecialFunctions.BetaRegularized(k, r, 1 - p);
    }

    /// <summary>−log₁₀ p, capped at 50 so a vanishing probability stays a finite number.</summary>
    public static double Surprisal(double probability) =>
        probability <= 1e-50 ? 50.0 : Math.Max(0.0, -Math.Log10(probability));

    /// <summary>A logistic on surprisal: 0.5 at <see cref="HalfScoreSurprisal"/>, ≈0.94 at 9, ≈0.05 at 0.</summary>
    public static double Score(double surprisal)
    {
        var score = 1.0 / (1.0 + Math.Exp(-(surprisal - HalfScoreSurprisal) / 1.1));
        return Math.Round(score, 4);
    }

    /// <summary>Laplace-smoothed share of a population that does something: (m + 1) / (n + 2).</summary>
    public static double Prevalence(int having, int population) => (having + 1.0) / (population + 2.0);
}
