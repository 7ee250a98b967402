using Vigil.Evaluation.Reporting;
using Vigil.Evaluation.Scoring;
using Vigil.Evaluation.Tests.Fixtures;

namespace Vigil.Evaluation.Tests.Reporting;

public sealed class EvaluationTableTests
{
    private readonly string[] _lines = EvaluationTable.Render(Evaluator.Evaluate(FixtureFiles.ReadLabels(), FixtureFiles.ReadAlerts()))
        .Split('\n', StringSplitOptions.TrimEntries);

    [Fact]
    public void The_header_says_what_was_judged()
    {
        Assert.Equal("Evaluation of fixture (seed 7): learning ends 2024-04-23T00:00:00Z, capture ends 2024-04-24T00:00:00Z, grace 5m 00s", _lines[0]);
        Assert.Equal("9 alerts: 1 during learning, 4 during attack steps, 1 tolerated, 3 false", _lines[1]);
    }

    [Fact]
    public void One_row_per_step_and_model_with_the_time_to_detect()
    {
        Assert.Contains(_lines, l => l.StartsWith("scan ", StringComparison.Ordinal) && l.Contains("Network Scan") && l.EndsWith("missed", StringComparison.Ordinal));
        Assert.Contains(_lines, l => l.Contains("Multiple Failed Internal Connections") && l.Contains("detected") && l.Contains("2m 30s") && l.Contains("0.90"));
        Assert.Contains(_lines, l => l.Contains("Unusual Activity from New Device") && l.Contains("24m 00s"));
    }

    [Fact]
    public void Recall_totals_and_false_alert_rate_are_printed()
    {
        Assert.Contains(_lines, l => l.StartsWith("all expected detections", StringComparison.Ordinal) && l.Contains("2/5") && l.EndsWith("40%", StringComparison.Ordinal));
        Assert.Contains("benign change new_laptop: 1 alerts tolerated (Unusual Activity from New Device)", _lines);
        Assert.Contains("false alerts: 3 over 4 device-days (4 devices) = 0.75 per device-day", _lines);
    }
}
