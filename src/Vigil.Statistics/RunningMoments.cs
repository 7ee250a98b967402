using System.Text.Json.Serialization;

namespace Vigil.Statistics;

/// <summary>
/// Count, mean, variance, minimum and maximum of a stream, by Welford's update, which stays
/// accurate where the textbook Σx² − (Σx)²/n cancels catastrophically. Never forgets.
/// </summary>
public sealed class RunningMoments
{
    /// <summary>Number of values added.</summary>
    public long Count { get; set; }

    /// <summary>Arithmetic mean; 0 while empty.</summary>
    public double Mean { get; set; }

    /// <summary>Σ(x − mean)², Welford's M2.</summary>
    public double SumSquaredDeviations { get; set; }

    /// <summary>Smallest value added; 0 while empty.</summary>
    public double Min { get; set; }

    /// <summary>Largest value added; 0 while empty.</summary>
    public double Max { get; set; }

    /// <summary>Sample variance (divides by n − 1); 0 with fewer than two values.</summary>
    [JsonIgnore]
    public double Variance => Count < 2 ? 0 : SumSquaredDeviations / (Count - 1);

    /// <summary>Population variance (divides by n); 0 while empty.</summary>
    [JsonIgnore]
    public double PopulationVariance => Count < 1 ? 0 : SumSquaredDeviations / Count;

    /// <summary>Square root of the sample variance.</summary>
    [JsonIgnore]
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>Adds one value.</summary>
    public void Add(double x)
    {
        Count++;
        double delta = x - Mean;
        Mean += delta / Count;
        SumSquaredDeviations += delta * (x - Mean);
        Min = Count == 1 ? x : Math.Min(Min, x);
        Max = Count == 1 ? x : Math.Max(Max, x);
    }

    /// <summary>
    /// Folds another set of moments into this one, as if its values had been added here
    /// (Chan, Golub and LeVeque's pairwise combination).
    /// </summary>
    public void Merge(RunningMoments other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Count == 0)
        {
            return;
        }
        if (Count == 0)
        {
            (Count, Mean, SumSquaredDeviations, Min, Max) =
                (other.Count, other.Mean, other.SumSquaredDeviations, other.Min, other.Max);
            return;
        }
        long total = Count + other.Count;
        double delta = other.Mean - Mean;
        Mean += delta * other.Count / total;
        SumSquaredDeviations += other.SumSquaredDeviations + (delta * delta * Count * other.Count / total);
        Count = total;
        Min = Math.Min(Min, other.Min);
        Max = Math.Max(Max, other.Max);
    }
}
