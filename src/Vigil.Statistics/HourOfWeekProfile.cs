namespace Vigil.Statistics;

/// <summary>
/// A device's decayed activity in each of the 168 hours of the week, and the rate to expect at
/// a given time: the bucket's own rate, shrunk towards the device's overall rate while the
/// bucket has been observed only a few times.
/// </summary>
/// <remarks>
/// <para>Shrinkage is the Gamma–Poisson posterior mean: expected = (c_b + k·r)/(e_b + k), where
/// c_b is the bucket's decayed count, e_b its decayed exposure in hours, r the overall rate and
/// k = <see cref="PriorHours"/>. The bucket's own rate gets weight e_b/(e_b + k): with the
/// default k = 2 a bucket observed twice (two weeks) counts half. With a 4-week half-life the
/// most exposure a bucket can gather is about 6.3 hours, so the weight tops out near 0.76 —
/// the weekly pattern never fully overrides the device's overall behaviour.</para>
/// <para>Buckets are floats held at <see cref="LandmarkNs"/> (forward decay: an event at t adds
/// 2^((t − landmark)/h)), so an event touches one bucket instead of decaying all 168. Floats keep
/// 24 bits, ample while a bucket holds fewer than about a million decayed events (count flows,
/// not packets). Bucket 0 is Monday 00:00 in local time, UTC shifted by <see cref="UtcOffsetMinutes"/>.</para>
/// </remarks>
public sealed class HourOfWeekProfile
{
    /// <summary>The default prior strength k, in hours of exposure.</summary>
    public const double DefaultPriorHours = 2;

    // Re-base the landmark once it is this many half-lives old: 2^32 times a count stays far
    // inside float range while re-basing (touching all 168 buckets) stays rare.
    private const int RebaseAfterHalfLives = 32;

    /// <summary>Creates an empty profile for deserialization; set <see cref="HalfLifeNs"/> before use.</summary>
    public HourOfWeekProfile()
    {
    }

    /// <summary>Creates an empty profile whose observation window opens at <paramref name="startNs"/>.</summary>
    /// <param name="halfLife">How fast old weeks fade (e.g. 4 weeks).</param>
    /// <param name="startNs">Capture time (ns since the Unix epoch) from which activity could have been seen.</param>
    /// <param name="utcOffsetMinutes">Offset of the site's local time from UTC, so buckets follow shifts.</param>
    public HourOfWeekProfile(TimeSpan halfLife, long startNs, int utcOffsetMinutes = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(halfLife, TimeSpan.Zero);
        HalfLifeNs = halfLife.Ticks * TimeSpan.NanosecondsPerTick;
        StartNs = startNs;
        LandmarkNs = startNs;
        UtcOffsetMinutes = utcOffsetMinutes;
    }

    /// <summary>Half-life in nanoseconds.</summary>
    public long HalfLifeNs { get; set; }

    /// <summary>Capture time at which observation began; hours before it have no exposure.</summary>
    public long StartNs { get; set; }

    /// <summary>Capture time at which the bucket values are expressed.</summary>
    public long LandmarkNs { get; set; }

    /// <summary>Local time offset from UTC in minutes.</summary>
    public int UtcOffsetMinutes { get; set; }

    /// <summary>Prior strength k in hours of exposure (see remarks).</summary>
    public double PriorHours { get; set; } = DefaultPriorHours;

    /// <summary>168 decayed counts expressed at <see cref="LandmarkNs"/>; allocated on the first event.</summary>
    public float[]? Buckets { get; set; }

    /// <summary>Adds <paramref name="amount"/> events at capture time <paramref name="tNs"/>.</summary>
    public void Add(long tNs, double amount = 1)
    {
        Decay.RequirePositive(HalfLifeNs);
        Buckets ??= new float[WeeklyExposure.HoursPerWeek];
        if (tNs - LandmarkNs > RebaseAfterHalfLives * HalfLifeNs)
        {
            Rebase(tNs);
        }
        Buckets[WeeklyExposure.BucketOf(Local(tNs))] += (float)(amount * Decay.Factor(LandmarkNs - tNs, HalfLifeNs));
    }

    /// <summary>The decayed count of the bucket containing <paramref name="tNs"/>, decayed to that time.</summary>
    public double BucketCountAt(long tNs) =>
        Buckets is null ? 0 : Buckets[WeeklyExposure.BucketOf(Local(tNs))] * Decay.Factor(tNs - LandmarkNs, HalfLifeNs);

    /// <summary>The decayed exposure, in hours, of the bucket containing <paramref name="tNs"/>.</summary>
    public double BucketExposureHoursAt(long tNs) =>
        WeeklyExposure.Hours(WeeklyExposure.BucketOf(Local(tNs)), Local(StartNs), Local(tNs), HalfLifeNs);

    /// <summary>Events per hour over all hours of the week; 0 before any exposure.</summary>
    public double OverallRatePerHourAt(long tNs)
    {
        double exposure = Decay.ExposureHours(tNs - StartNs, HalfLifeNs);
        if (Buckets is null || exposure <= 0)
        {
            return 0;
        }
        double total = 0;
        foreach (float bucket in Buckets)
        {
            total += bucket;
        }
        return total * Decay.Factor(tNs - LandmarkNs, HalfLifeNs) / exposure;
    }

    /// <summary>The weight e_b/(e_b + k) the bucket's own rate gets at <paramref name="tNs"/>.</summary>
    public double BucketWeightAt(long tNs)
    {
        double exposure = BucketExposureHoursAt(tNs);
        return exposure + PriorHours > 0 ? exposure / (exposure + PriorHours) : 0;
    }

    /// <summary>
    /// Events per hour to expect at <paramref name="tNs"/>: the bucket's rate shrunk towards the
    /// overall rate (see remarks). With no data for the bucket it is the overall rate.
    /// </summary>
    public double ExpectedRatePerHourAt(long tNs)
    {
        double exposure = BucketExposureHoursAt(tNs);
        double overall = OverallRatePerHourAt(tNs);
        if (exposure + PriorHours <= 0)
        {
            return overall;
        }
        return (BucketCountAt(tNs) + (PriorHours * overall)) / (exposure + PriorHours);
    }

    private long Local(long tNs) => tNs + (UtcOffsetMinutes * 60_000_000_000L);

    private void Rebase(long tNs)
    {
        float factor = (float)Decay.Factor(tNs - LandmarkNs, HalfLifeNs);
        for (int i = 0; i < Buckets!.Length; i++)
        {
            Buckets[i] *= factor;
        }
        LandmarkNs = tNs;
    }
}
