namespace Vigil.Statistics;

/// <summary>
/// Exponential decay on capture time. Every decayed statistic of this library goes through
/// here so that one formula (and one rounding behaviour) is used everywhere.
/// </summary>
internal static class Decay
{
    /// <summary>Nanoseconds in one hour: rates are reported per hour of capture time.</summary>
    public const long NanosPerHour = 3_600_000_000_000L;

    /// <summary>
    /// The weight 2^(−elapsed/halfLife) that something <paramref name="elapsedNs"/> old keeps.
    /// A negative elapsed time (an event from the future of the reference) gives a weight above 1.
    /// </summary>
    public static double Factor(long elapsedNs, long halfLifeNs)
    {
        RequirePositive(halfLifeNs);
        return double.Exp2(-(double)elapsedNs / halfLifeNs);
    }

    /// <summary>
    /// Decayed exposure, in hours, of a window of <paramref name="elapsedNs"/> ending now:
    /// ∫ 2^(−age/h) d(age) over [0, elapsed]. It is what a decayed count of a steady rate of one
    /// event per hour would read, so count ÷ exposure is a rate per hour.
    /// </summary>
    public static double ExposureHours(long elapsedNs, long halfLifeNs)
    {
        RequirePositive(halfLifeNs);
        if (elapsedNs <= 0)
        {
            return 0;
        }
        double meanLifeHours = halfLifeNs / (Math.Log(2) * NanosPerHour);
        // −expm1 keeps precision when elapsed is tiny against the half-life.
        return meanLifeHours * -ExpM1(-Math.Log(2) * elapsedNs / halfLifeNs);
    }

    /// <summary>Throws unless a half-life is positive (a default-constructed instance has none).</summary>
    public static void RequirePositive(long halfLifeNs)
    {
        if (halfLifeNs <= 0)
        {
            throw new InvalidOperationException("The half-life must be positive; set HalfLifeNs before use.");
        }
    }

    /// <summary>e^x − 1 without the cancellation of the naive form for small x.</summary>
    private static double ExpM1(double x) =>
        Math.Abs(x) < 1e-5 ? x + (x * x / 2) + (x * x * x / 6) : Math.Exp(x) - 1;
}
