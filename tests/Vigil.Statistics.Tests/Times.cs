namespace Vigil.Statistics.Tests;

/// <summary>Capture times used across the tests.</summary>
internal static class Times
{
    public const long Second = 1_000_000_000L;
    public const long Minute = 60 * Second;
    public const long Hour = 60 * Minute;
    public const long Day = 24 * Hour;
    public const long Week = 7 * Day;

    /// <summary>2024-01-01 00:00 UTC, a Monday.</summary>
    public static readonly long Monday = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1_000_000L;
}
