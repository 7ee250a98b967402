using System.Diagnostics;

namespace Vigil.Capture.Tests.Fixtures;

/// <summary>Runs Wireshark's command-line tools as the reference; tests skip, saying so, when they are absent.</summary>
internal static class ExternalTool
{
    /// <summary>The tool's full path on PATH, or null.</summary>
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs <paramref name="name"/> and returns its standard output; skips the test when the tool is missing.</summary>
    public static string Run(string name, IEnumerable<string> arguments)
    {
        var path = Find(name);
        Skip.If(path is null, $"Skipped: {name} is not on PATH (Debian: apt-get install tshark).");
        var start = new ProcessStartInfo(path!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        // Read stderr concurrently so that a chatty tool cannot fill its pipe and stall.
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{name} failed ({process.ExitCode}): {errors.Result}");
        return output;
    }

    /// <summary>Parses tshark's "seconds.fraction" epoch text exactly, into nanoseconds.</summary>
    public static long EpochToNs(string text)
    {
        var parts = text.Trim().Split('.');
        var fraction = parts.Length > 1 ? parts[1].PadRight(9, '0')[..9] : "0";
        return long.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) * 1_000_000_000
            + long.Parse(fraction, System.Globalization.CultureInfo.InvariantCulture);
    }
}
