using System.Globalization;

namespace Vigil.Contracts.Time;

/// <summary>Capture time is nanoseconds since the Unix epoch (UTC); this is how it is written for people.</summary>
public static class CaptureTime
{
    public static DateTimeOffset ToDateTime(long ns) => DateTimeOffset.UnixEpoch.AddTicks(ns / 100);

    /// <summary>ISO-8601 UTC with microseconds, e.g. 2024-04-24T07:00:00.123456Z.</summary>
    public static string ToIso(long ns) =>
        ToDateTime(ns).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public static long FromDateTime(DateTimeOffset time) => (time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) * 100;
}
