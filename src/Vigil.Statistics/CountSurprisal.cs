using MathNet.Numerics;

namespace Vigil.Statistics;

/// <summary>
/// How surprising a count is against a baseline: −log₁₀ P(X ≥ observed), where X is Poisson
/// with the baseline mean, or negative binomial with the baseline mean and variance when the
/// baseline is over-dispersed (variance above mean). 3 means "one in a thousand".
/// </summary>
/// <remarks>
/// Tails come from the regularized incomplete gamma (Poisson) and beta (negative binomial)
/// functions, which keep relative precision in the far tail. Below 1e-290 they would
/// underflow; there the tail is bounded in log space by pmf(k)/(1 − ρ), ρ being the largest
/// ratio pmf(j+1)/pmf(j) beyond k — a slightly smaller surprisal than the truth, never infinity.
/// </remarks>
public static class CountSurprisal
{
    /// <summary>
    /// The smallest baseline mean used: a baseline that never saw an event still admits one in a
    /// million per interval, so a first event is surprising (≈ 6) but finite.
    /// </summary>
    public const double MinimumMean = 1e-6;

    private const double UnderflowGuard = 1e-290;

    /// <summary>−log₁₀ P(X ≥ <paramref name="observed"/>); 0 when the count is 0.</summary>
    /// <param name="observed">Events counted in the interval.</param>
    /// <param name="mean">Events the baseline expects in the same interval.</param>
    /// <param name="variance">Variance of that count if known; NaN (or ≤ mean) means Poisson.</param>
    public static double Of(long observed, double mean, double variance = double.NaN) =>
        -Log10UpperTail(observed, mean, variance);

    /// <summary>log₁₀ P(X ≥ <paramref name="observed"/>), always ≤ 0.</summary>
    public static double Log10UpperTail(long observed, double mean, double variance = double.NaN)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(observed);
        if (observed == 0)
        {
            return 0;
        }
        double mu = double.IsNaN(mean) ? MinimumMean : Math.Max(mean, MinimumMean);
        double lnTail = IsOverDispersed(mu, variance)
            ? LnNegativeBinomialTail(observed, mu, variance)
            : LnPoissonTail(observed, mu);
        return Math.Min(0, lnTail / Math.Log(10));
    }

    /// <summary>Whether a baseline with this mean and variance calls for the negative binomial.</summary>
    public static bool IsOverDispersed(double mean, double variance) =>
        !double.IsNaN(variance) && !double.IsInfinity(variance) && variance > mean && mean > 0;

    private static double LnPoissonTail(long k, double mu)
    {
        // P(X ≥ k) = P(k, μ), the regularized lower incomplete gamma.
        double tail = SpecialFunctions.GammaLowerRegularized(k, mu);
        if (tail > UnderflowGuard)
        {
            return Math.Log(tail);
        }
        double lnPmf = (k * Math.Log(mu)) - mu - SpecialFunctions.GammaLn(k + 1.0);
        double rho = mu / (k + 1);
        return rho < 1 ? lnPmf - Math.Log(1 - rho) : lnPmf;
    }

    private static double LnNegativeBinomialTail(long k, double mu, double variance)
    {
        // Failures before r successes with success probability p: mean r(1−p)/p = μ and
        // variance μ/p = σ² give p = μ/σ² and r = μ²/(σ² − μ). P(X ≥ k) = I_{1−p}(k, r).
        double p = mu / variance;
        double r = mu * mu / (variance - mu);
        double tail = SpecialFunctions.BetaRegularized(k, r, 1 - p);
        if (tail > UnderflowGuard)
        {
            return Math.Log(tail);
        }
        double lnPmf = SpecialFunctions.GammaLn(k + r) - SpecialFunctions.GammaLn(k + 1) - SpecialFunctions.GammaLn(r)
            + (r * Math.Log(p)) + (k * Math.Log(1 - p));
        // pmf(j+1)/pmf(j) = (j + r)/(j + 1)·(1 − p): largest at j = k when r > 1, else tends to 1 − p.
        double rho = Math.Max((k + r) / (k + 1), 1) * (1 - p);
        return rho < 1 ? lnPmf - Math.Log(1 - rho) : lnPmf;
    }
}
