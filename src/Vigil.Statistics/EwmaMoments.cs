using System.Text.Json.Serialization;

namespace Vigil.Statistics;

/// <summary>
/// Exponentially weighted mean and variance of a stream, with weights that halve every
/// half-life of capture time (not every n samples), plus the weight bookkeeping a caller needs
/// to tell a well-fed baseline from a thin one.
/// </summary>
/// <remarks>
/// Uses West's weighted incremental update. All weights decay together, so the time since the
/// last value changes neither the mean nor the variance — only <see cref="WeightAt"/>.
/// </remarks>
public sealed class EwmaMoments
{
    /// <summary>Creates empty moments for deserialization; set <see cref="HalfLifeNs"/> before use.</summary>
    public EwmaMoments()
    {
    }

    /// <summary>Creates empty moments whose weights halve every <paramref name="halfLife"/>.</summary>
    public EwmaMoments(TimeSpan halfLife)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(halfLife, TimeSpan.Zero);
        HalfLifeNs = halfLife.Ticks * TimeSpan.NanosecondsPerTick;
    }

    /// <summary>Half-life in nanoseconds.</summary>
    public long HalfLifeNs { get; set; }

    /// <summary>Capture time to which the weights are decayed (the latest time seen).</summary>
    public long LastNs { get; set; }

    /// <summary>Σw, the decayed number of values, as of <see cref="LastNs"/>.</summary>
    public double Weight { get; set; }

    /// <summary>Σw², used for the effective sample size and the unbiased variance.</summary>
    public double WeightSquared { get; set; }

    /// <summary>Weighted mean; 0 while empty.</summary>
    public double Mean { get; set; }

    /// <summary>Σw(x − mean)².</summary>
    public double WeightedSquaredDeviations { get; set; }

    /// <summary>Weighted population variance, Σw(x − mean)² / Σw; 0 while empty.</summary>
    [JsonIgnore]
    public double Variance => Weight > 0 ? WeightedSquaredDeviations / Weight : 0;

    /// <summary>
    /// Reliability-weighted unbiased variance, Σw(x − mean)² / (Σw − Σw²/Σw); with equal weights
    /// this is the familiar n − 1 form. 0 until the effective sample size exceeds one.
    /// </summary>
    [JsonIgnore]
    public double UnbiasedVariance
    {
        get
        {
            double denominator = Weight - (WeightSquared / Weight);
            return Weight > 0 && denominator > 0 ? WeightedSquaredDeviations / denominator : 0;
        }
    }

    /// <summary>Square root of <see cref="UnbiasedVariance"/>.</summary>
    [JsonIgnore]
    public double StandardDeviation => Math.Sqrt(UnbiasedVariance);

    /// <summary>
    /// Kish's effective sample size (Σw)²/Σw²: how many equally weighted values the estimate is
    /// worth. With one value every Δ and decay q = 2^(−Δ/h) per step it tends to (1+q)/(1−q).
    /// </summary>
    [JsonIgnore]
    public double EffectiveSampleSize => WeightSquared > 0 ? Weight * Weight / WeightSquared : 0;

    /// <summary>Adds value <paramref name="x"/> observed at capture time <paramref name="tNs"/>.</summary>
    public void Add(long tNs, double x)
    {
        Decay.RequirePositive(HalfLifeNs);
        double w = 1;
        if (tNs >= LastNs || Weight == 0)
        {
            double factor = Weight == 0 ? 0 : Decay.Factor(tNs - LastNs, HalfLifeNs);
            Weight *= factor;
            WeightSquared *= factor * factor;
            WeightedSquaredDeviations *= factor;
            LastNs = tNs;
        }
        else
        {
            // A late value joins with the weight its age would have given it.
            w = Decay.Factor(LastNs - tNs, HalfLifeNs);
        }
        Weight += w;
        WeightSquared += w * w;
        double delta = x - Mean;
        Mean += delta * w / Weight;
        WeightedSquaredDeviations += w * delta * (x - Mean);
    }

    /// <summary>Σw decayed to <paramref name="tNs"/>: how much recent data backs the estimate.</summary>
    public double WeightAt(long tNs) =>
        tNs <= LastNs || Weight == 0 ? Weight : Weight * Decay.Factor(tNs - LastNs, HalfLifeNs);
}
