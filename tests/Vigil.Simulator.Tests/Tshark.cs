using System.Diagnostics;

namespace Vigil.Simulator.Tests;

/// <summary>Runs tshark over a capture and returns its standard output lines.</summary>
internal static class Tshark
{
    public const string Path = "/usr/bin/tshark";

    public const string Missing = "Skipped: tshark is not installed at /usr/bin/tshark.";

    public static bool Available => File.Exists(Path);

    /// <summary>Output lines of tshark -r <paramref name="capture"/> with <paramref name="arguments"/>.</summary>
    public static IReadOnlyList<string> Run(string capture, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-n");
        start.ArgumentList.Add("-r");
        start.ArgumentList.Add(capture);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("tshark did not start.");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"tshark failed ({process.ExitCode}): {errors.Result}");
        }
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>One field of every packet matching <paramref name="filter"/>.</summary>
    public static IReadOnlyList<string> Fields(string capture, string filter, params string[] fields)
    {
        var arguments = new List<string> { "-Y", filter, "-T", "fields" };
        foreach (var field in fields)
        {
            arguments.Add("-e");
            arguments.Add(field);
        }
        return Run(capture, [.. arguments]);
    }
}
