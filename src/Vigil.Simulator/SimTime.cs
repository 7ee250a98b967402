namespace Vigil.Simulator;

/// <summary>Capture time is carried as nanoseconds since the Unix epoch; these convert to and from it.</summary>
public static class SimTime
{
    /// <summary>Nanoseconds in one millisecond.</summary>
    public const long Millisecond = 1_000_000L;

    /// <summary>Nanoseconds in one second.</summary>
    public const long Second = 1_000_000_000L;

    /// <summary>Nanoseconds in one minute.</summary>
    public const long Minute = 60 * Second;

    /// <summary>Nanoseconds in one hour.</summary>
    public const long Hour = 60 * Minute;

    /// <summary>Nanoseconds since the epoch of an instant.</summary>
    public static long FromDateTime(DateTimeOffset instant) => (instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) * 100;

    /// <summary>The UTC instant of a nanosecond timestamp.</summary>
    public static DateTimeOffset ToDateTime(long ns) => DateTimeOffset.UnixEpoch.AddTicks(ns / 100);

    /// <summary>A span as nanoseconds.</summary>
    public static long FromTimeSpan(TimeSpan span) => span.Ticks * 100;

    /// <summary>Seconds (fractional) as nanoseconds.</summary>
    public static long FromSeconds(double seconds) => (long)(seconds * Second);

    /// <summary>Hour of the UTC day (0–23) at a timestamp; the plant runs on UTC local time.</summary>
    public static int HourOfDay(long ns) => ToDateTime(ns).Hour;

    /// <summary>True on Saturday or Sunday.</summary>
    public static bool IsWeekend(long ns) => ToDateTime(ns).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
