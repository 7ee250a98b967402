using System.Diagnostics;
using Vigil.Evaluation.Tests.Fixtures;
using Vigil.Evaluation.Tests.Inputs;

namespace Vigil.Evaluation.Tests;

/// <summary>`vigil evaluate` as a process: the table on stdout, JSON on request, one-line errors with exit 1.</summary>
public sealed class EvaluateCommandTests : IDisposable
{
    private readonly TempFiles _files = new();

    [Fact]
    public void Prints_the_table_and_writes_the_json()
    {
        var json = _files.PathOf("eval.json");
        var run = Vigil("evaluate", FixtureFiles.Labels, FixtureFiles.Alerts, "--json", json);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("all expected detections", run.Output);
        Assert.Contains($"wrote {json}", run.Output);
        Assert.Contains("\"overall_recall\": 0.4", File.ReadAllText(json));
    }

    [Fact]
    public void A_missing_labels_file_is_a_one_line_error_and_exit_1()
    {
        var run = Vigil("evaluate", _files.PathOf("nope.labels.json"), FixtureFiles.Alerts);
        Assert.Equal(1, run.ExitCode);
        Assert.Matches("^vigil: error: .*nope.labels.json: labels file not found.$", run.Error.Trim());
    }

    [Fact]
    public void A_malformed_alerts_file_is_a_one_line_error_and_exit_1()
    {
        var alerts = _files.Write("alerts.jsonl", "{\"time\": 3}\n");
        var run = Vigil("evaluate", FixtureFiles.Labels, alerts);
        Assert.Equal(1, run.ExitCode);
        Assert.Matches("^vigil: error: .*alerts.jsonl line 1: \"time\" is missing", run.Error.Trim());
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    public void Dispose() => _files.Dispose();

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
        process.WaitForExit();
        return new Run(process.ExitCode, output.Result, error.Result);
    }
}
