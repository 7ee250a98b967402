using System.Diagnostics;

namespace Vigil.Protocols.Tests.It.Captures;

/// <summary>Runs tshark for cross-checks; tests skip, saying so, where it is not installed.</summary>
internal static class Tshark
{
    private static readonly Lazy<bool> Available = new(() => Run(["-v"], out _));

    public static void SkipIfMissing() => Skip.IfNot(Available.Value, "Skipped: tshark is not installed.");

    /// <summary>Output lines of `tshark -r file -Y filter -T fields -e …`.</summary>
    public static string[] Fields(string file, string filter, params string[] fields)
    {
        string[] arguments = ["-r", file, "-Y", filter, "-T", "fields", .. fields.SelectMany(f => new[] { "-e", f })];
        Assert.True(Run(arguments, out var output), "tshark failed");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static bool Run(string[] arguments, out string output)
    {
        output = "";
        try
        {
            var start = new ProcessStartInfo("tshark") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            arguments.ToList().ForEach(start.ArgumentList.Add);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEnd();
            process.WaitForExit(60_000);
            output = stdout.Result;
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
