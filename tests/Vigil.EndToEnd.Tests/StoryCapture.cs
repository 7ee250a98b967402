using Vigil.Capture.Files;
using Vigil.Tests;

namespace Vigil.EndToEnd.Tests;

/// <summary>
/// A small capture with a known story: two hours of six workstations doing ordinary SMB and DNS,
/// then a device nobody has seen scans the plant subnet on 102 and 502.
/// </summary>
internal static class StoryCapture
{
    public const long Second = 1_000_000_000L;
    public const long Hour = 3600 * Second;
    /// <summary>2024-04-22T00:00:00Z.</summary>
    public const long StartNs = 1_713_744_000L * Second;
    public const string Scanner = "10.10.0.66";

    public static string Write(string directory)
    {
        var path = Path.Combine(directory, "story.pcap");
        using var writer = PcapWriter.Create(path, LinkType.Ethernet);
        var script = new TcpScript(writer);
        for (var minute = 0; minute < 120; minute += 5)
        {
            for (var ws = 1; ws <= 6; ws++)
            {
                var t = StartNs + minute * 60 * Second + ws * Second;
                script.Completed(t, $"10.10.0.{ws}", "10.10.0.200", 445);
                script.Completed(t + Second / 2, $"10.10.0.{ws}", "10.10.0.201", 53);
            }
        }
        var scanStart = StartNs + 2 * Hour + 60 * Second;
        for (var host = 1; host <= 30; host++)
        {
            var t = scanStart + host * Second / 2;
            if (host % 3 == 0)
            {
                script.Rejected(t, Scanner, $"10.20.0.{host}", 102);
            }
            else
            {
                script.Unanswered(t, Scanner, $"10.20.0.{host}", 502);
            }
        }
        // Traffic goes on after the scan so unanswered attempts time out inside the capture.
        for (var ws = 1; ws <= 6; ws++)
        {
            script.Completed(scanStart + 5 * 60 * Second + ws * Second, $"10.10.0.{ws}", "10.10.0.200", 445);
        }
        return path;
    }
}
