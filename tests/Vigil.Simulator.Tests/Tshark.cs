using System.Diagnostics;

namespace Vigil.Simulator.Tests;

/// <summary>Runs tshark over a capture and returns its standard output lines.</summary>
internal static class Tshark
{
    public const string Path = "/usr/bin/tshark";

    public const string Missing = "Skipped: tshark is not installed at /usr/bin/tshark.";

    public static bool Available => File.Exists(Path);

    /// <summary>Output lines of tshark -r <paramref name="capture"/> with <paramref name="arguments"/>, trimmed, blank lines dropped.</summary>
    public static IReadOnlyList<string> Run(string capture, params string[] arguments) =>
        RunRaw(capture, arguments).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    /// <summary>Output lines exactly as printed (empty fields kept), without the final empty line.</summary>
    public static IReadOnlyList<string> RunRaw(string capture, params string[] arguments)
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
        return output.TrimEnd('\n').Split('\n');
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
