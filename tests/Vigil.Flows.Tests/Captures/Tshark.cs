using System.Diagnostics;

namespace Vigil.Flows.Tests.Captures;

/// <summary>Wireshark's tshark as the reference for TCP conversations; tests skip, saying so, when it is absent.</summary>
internal static class Tshark
{
    /// <summary>Runs tshark on <paramref name="capture"/> with <paramref name="arguments"/> and returns its standard output.</summary>
    public static string Run(string capture, params string[] arguments)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "tshark"))
            .FirstOrDefault(File.Exists);
        Skip.If(path is null, "Skipped: tshark is not on PATH (Debian: apt-get install tshark).");
        var start = new ProcessStartInfo(path!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-r");
        start.ArgumentList.Add(capture);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync(); // drained alongside stdout so neither pipe fills
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"tshark failed ({process.ExitCode}): {errors.Result}");
        return output;
    }

    /// <summary>Frames per TCP stream (tshark's tcp.stream index), in stream order.</summary>
    public static IReadOnlyList<int> PacketsPerTcpStream(string capture) =>
        [.. Run(capture, "-Y", "tcp", "-T", "fields", "-e", "tcp.stream")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .GroupBy(int.Parse)
            .OrderBy(g => g.Key)
            .Select(g => g.Count())];

    /// <summary>The number of rows of tshark's TCP conversation table.</summary>
    public static int TcpConversations(string capture) =>
        Run(capture, "-q", "-z", "conv,tcp").Split('\n').Count(line => line.Contains("<->", StringComparison.Ordinal));
}
