using System.Globalization;
using System.Text.RegularExpressions;

namespace Vigil.Host.Analysis;

/// <summary>
/// When learning ends: a duration from the first packet ("48h", "90m", "2d", "1w", "30s"), an
/// absolute ISO-8601 time, or <see cref="Auto"/> — the first half of the capture's time span, read
/// from the file before analysis (live capture: 24 h).
/// </summary>
public sealed partial record LearningWindow(TimeSpan? Duration, DateTimeOffset? Until)
{
    public static LearningWindow Auto { get; } = new(null, null);

    /// <summary>The share of a file's time span learnt from when no window is given.</summary>
    public const double AutoFraction = 0.5;

    public bool IsAuto => Duration is null && Until is null;

    public static bool TryParse(string? text, out LearningWindow window, out string error)
    {
        window = Auto;
        error = "";
        if (string.IsNullOrWhiteSpace(text) || text == "auto")
        {
            return true;
        }
        var match = DurationPattern().Match(text);
        if (match.Success)
        {
            var amount = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var unit = match.Groups[2].Value switch
            {
                "s" => TimeSpan.FromSeconds(1),
                "m" => TimeSpan.FromMinutes(1),
                "h" => TimeSpan.FromHours(1),
                "d" => TimeSpan.FromDays(1),
                _ => TimeSpan.FromDays(7),
            };
            window = new LearningWindow(unit * amount, null);
            return true;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var until))
        {
            window = new LearningWindow(null, until);
            return true;
        }
        error = $"--learn '{text}' is neither a duration (e.g. 48h, 90m, 2d, 30s) nor an ISO-8601 time (e.g. 2024-04-24T07:00:00Z).";
        return false;
    }

    /// <summary>The end of learning in capture ns, given the capture's first and (when known) last packet times.</summary>
    public long EndNs(long firstPacketNs, long? lastPacketNs)
    {
        if (Until is { } until)
        {
            return Contracts.Time.CaptureTime.FromDateTime(until);
        }
        if (Duration is { } duration)
        {
            return firstPacketNs + duration.Ticks * 100;
        }
        return lastPacketNs is { } last
            ? firstPacketNs + (long)((last - firstPacketNs) * AutoFraction)
            : firstPacketNs + TimeSpan.FromHours(24).Ticks * 100;
    }

    /// <summary>The last packet time of a capture file when this window depends on it (<see cref="Auto"/>), read in a quick pass; else null, without reading.</summary>
    public long? LastPacketNsOf(string path)
    {
        if (!IsAuto)
        {
            return null;
        }
        using var reader = Capture.Files.CaptureFileReader.Open(path);
        long? last = null;
        while (reader.TryRead(out var frame))
        {
            last = last is { } l ? Math.Max(l, frame.TimestampNs) : frame.TimestampNs;
        }
        return last;
    }

    [GeneratedRegex(@"^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$")]
    private static partial Regex DurationPattern();
}
