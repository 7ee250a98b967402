namespace Vigil.Statistics;

/// <summary>
/// How much decayed observation time one hour-of-week bucket has had: the sum, over every past
/// occurrence of that hour inside the observation window, of ∫ 2^(−age/h) dt, in hours.
/// Closed form, so the cost does not grow with the number of weeks observed.
/// </summary>
internal static class WeeklyExposure
{
    /// <summary>Hours in a week, the number of buckets.</summary>
    public const int HoursPerWeek = 168;

    private const long NanosPerWeek = HoursPerWeek * Decay.NanosPerHour;

    // 1970-01-01 was a Thursday; bucket 0 is Monday 00:00, 72 hours earlier in the week.
    private const long EpochHourOfWeek = 72;

    /// <summary>The bucket (0 = Monday 00:00–01:00) of local time <paramref name="localNs"/>.</summary>
    public static int BucketOf(long localNs) =>
        (int)Mod(FloorDiv(localNs, Decay.NanosPerHour) + EpochHourOfWeek, HoursPerWeek);

    /// <summary>
    /// Decayed exposure in hours of <paramref name="bucket"/> between local times
    /// <paramref name="startNs"/> and <paramref name="nowNs"/>, decayed to <paramref name="nowNs"/>.
    /// </summary>
    public static double Hours(int bucket, long startNs, long nowNs, long halfLifeNs)
    {
        if (nowNs <= startNs)
        {
            return 0;
        }
        long currentHourStart = FloorDiv(nowNs, Decay.NanosPerHour) * Decay.NanosPerHour;
        long hoursBack = Mod(BucketOf(nowNs) - bucket, HoursPerWeek);
        long latestStart = currentHourStart - (hoursBack * Decay.NanosPerHour);
        long span = latestStart + Decay.NanosPerHour - startNs;
        if (span <= 0)
        {
            return 0;
        }
        long occurrences = CeilDiv(span, NanosPerWeek);

        // The newest occurrence may be cut by "now", the oldest by the start; those in between
        // are whole hours, each q = 2^(−week/h) times the weight of the next newer one.
        double total = Clipped(latestStart, startNs, nowNs, halfLifeNs);
        if (occurrences >= 2)
        {
            long oldestStart = latestStart - ((occurrences - 1) * NanosPerWeek);
            total += Clipped(oldestStart, startNs, nowNs, halfLifeNs);
        }
        if (occurrences >= 3)
        {
            double newestWhole = Clipped(latestStart - NanosPerWeek, startNs, nowNs, halfLifeNs);
            double q = Decay.Factor(NanosPerWeek, halfLifeNs);
            long count = occurrences - 2;
            total += newestWhole * (1 - Math.Pow(q, count)) / (1 - q);
        }
        return total;
    }

    private static double Clipped(long hourStart, long startNs, long nowNs, long halfLifeNs)
    {
        long from = Math.Max(hourStart, startNs);
        long to = Math.Min(hourStart + Decay.NanosPerHour, nowNs);
        if (to <= from)
        {
            return 0;
        }
        // Exposure of [from, to] seen from now = exposure of the window up to "from" minus up to "to".
        return Decay.ExposureHours(nowNs - from, halfLifeNs) - Decay.ExposureHours(nowNs - to, halfLifeNs);
    }

    private static long FloorDiv(long a, long b) => (a / b) - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);

    private static long CeilDiv(long a, long b) => -FloorDiv(-a, b);

    private static long Mod(long a, long b) => ((a % b) + b) % b;
}
