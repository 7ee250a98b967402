using System.Text.Json.Serialization;

namespace Vigil.Statistics;

/// <summary>
/// A count whose past contributions fade with a half-life on capture time: an event one
/// half-life old counts ½, two half-lives old ¼. State is three numbers and the half-life.
/// </summary>
public sealed class DecayedCounter
{
    /// <summary>Creates an empty counter for deserialization; set <see cref="HalfLifeNs"/> before use.</summary>
    public DecayedCounter()
    {
    }

    /// <summary>Creates an empty counter whose observation window opens at <paramref name="startNs"/>.</summary>
    /// <param name="halfLife">How long until a contribution counts half.</param>
    /// <param name="startNs">Capture time (ns since the Unix epoch) from which events could have been seen.</param>
    public DecayedCounter(TimeSpan halfLife, long startNs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(halfLife, TimeSpan.Zero);
        HalfLifeNs = halfLife.Ticks * TimeSpan.NanosecondsPerTick;
        StartNs = startNs;
        LastNs = startNs;
    }

    /// <summary>Half-life in nanoseconds.</summary>
    public long HalfLifeNs { get; set; }

    /// <summary>Capture time at which observation began; the rate estimate divides by the time since.</summary>
    public long StartNs { get; set; }

    /// <summary>Capture time to which <see cref="Value"/> is decayed (the latest time seen).</summary>
    public long LastNs { get; set; }

    /// <summary>The decayed count as of <see cref="LastNs"/>.</summary>
    public double Value { get; set; }

    /// <summary>
    /// Adds <paramref name="amount"/> at capture time <paramref name="tNs"/>. A late event (before
    /// <see cref="LastNs"/>) is added already decayed by its age, so arrival order does not matter.
    /// </summary>
    public void Add(long tNs, double amount = 1)
    {
        if (tNs >= LastNs)
        {
            Value = (Value * Decay.Factor(tNs - LastNs, HalfLifeNs)) + amount;
            LastNs = tNs;
        }
        else
        {
            Value += amount * Decay.Factor(LastNs - tNs, HalfLifeNs);
        }
    }

    /// <summary>The decayed count at <paramref name="tNs"/>; times before <see cref="LastNs"/> read as at <see cref="LastNs"/>.</summary>
    public double ValueAt(long tNs) =>
        tNs <= LastNs ? Value : Value * Decay.Factor(tNs - LastNs, HalfLifeNs);

    /// <summary>
    /// Events per hour: the decayed count divided by the decayed length of the observation
    /// window. The window counts as at least one hour so that one early event reads as one per
    /// hour rather than an infinite rate.
    /// </summary>
    public double RatePerHourAt(long tNs)
    {
        long elapsed = Math.Max(tNs - StartNs, Decay.NanosPerHour);
        return ValueAt(tNs) / Decay.ExposureHours(elapsed, HalfLifeNs);
    }

    /// <summary>The half-life as a <see cref="TimeSpan"/>.</summary>
    [JsonIgnore]
    public TimeSpan HalfLife => TimeSpan.FromTicks(HalfLifeNs / TimeSpan.NanosecondsPerTick);
}
