using System.Diagnostics;
using Vigil.Tests;

namespace Vigil.EndToEnd.Tests;

/// <summary>The `vigil` process as a user meets it: exit codes and one-line errors on bad input, never a stack trace.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("vigil-cli-").FullName;

    [Fact]
    public void A_missing_file_is_a_one_line_error()
    {
        var run = Vigil("analyze", Path.Combine(_directory, "nope.pcap"), "--out", Path.Combine(_directory, "o"));
        Assert.Equal(1, run.ExitCode);
        Assert.Matches("^vigil: error: .*nope.pcap.*not found", run.Error.Trim());
        AssertNoStackTrace(run);
    }

    [Fact]
    public void A_file_that_is_not_a_capture_is_a_one_line_error()
    {
        var path = Path.Combine(_directory, "notes.txt");
        File.WriteAllText(path, "these are not packets, just words in a file\n");
        var run = Vigil("analyze", path, "--out", Path.Combine(_directory, "o"));
        Assert.Equal(1, run.ExitCode);
        Assert.Matches("^vigil: error: .*not a pcap or pcapng capture", run.Error.Trim());
        AssertNoStackTrace(run);
    }

    [Fact]
    public void A_truncated_last_record_is_a_warning_and_the_rest_is_analysed()
    {
        var whole = File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, "tests", "data", "scan-story.pcap"));
        var path = Path.Combine(_directory, "cut.pcap");
        File.WriteAllBytes(path, whole[..^30]);
        var run = Vigil("analyze", path, "--learn", "2h", "--out", Path.Combine(_directory, "o"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("vigil: warning: truncated record", run.Error);
        Assert.Contains("2,391 packets", run.Output);
        AssertNoStackTrace(run);
    }

    [Fact]
    public void A_corrupt_block_in_the_middle_is_skipped_and_the_terminal_shows_only_vigils_lines()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, "tests", "data", "scan-story.pcap"));
        new Random(3).NextBytes(bytes.AsSpan(bytes.Length / 2, 4096));
        var path = Path.Combine(_directory, "damaged.pcap");
        File.WriteAllBytes(path, bytes);
        var output = Path.Combine(_directory, "o");

        var run = Vigil("analyze", path, "--learn", "2h", "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches("vigil: warning: corrupt record at byte [0-9]+: .*; skipped [0-9]+ bytes to the next good record", run.Error);
        // The scan at the end of the capture, after the damage, is still found.
        Assert.Contains("Network Scan", run.Output);
        // Every line on stderr is Vigil's own: the runtime's go to runtime.log.
        Assert.All(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.StartsWith("vigil: ", line, StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(output, "runtime.log")));
        AssertNoStackTrace(run);
    }

    [Theory]
    [InlineData("--learn", "yesterday", "--learn 'yesterday'")]
    [InlineData("--internal", "10.0.0.0/99", "--internal '10.0.0.0/99'")]
    public void A_wrong_option_value_says_which_and_exits_2(string option, string value, string expected)
    {
        var capture = Path.Combine(TestPaths.RepoRoot, "tests", "data", "scan-story.pcap");
        var run = Vigil("analyze", capture, option, value, "--out", Path.Combine(_directory, "o"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error);
    }

    [Fact]
    public void Help_lists_the_commands()
    {
        var run = Vigil("--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("analyze", run.Output);
        Assert.Contains("capture", run.Output);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static void AssertNoStackTrace(Run run) => Assert.DoesNotContain("   at ", run.Error + run.Output);

    private sealed record Run(int ExitCode, string Output, string Error);

    private static Run Vigil(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "vigil.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "vigil did not finish in two minutes");
        return new Run(process.ExitCode, output.Result, error.Result);
    }
}
