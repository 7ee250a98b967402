using Vigil.Evaluation.Scoring;
using Vigil.Evaluation.Tests.Fixtures;

namespace Vigil.Evaluation.Tests.Scoring;

/// <summary>The hand-made fixture, one case per alert line (see each line's summary).</summary>
public sealed class EvaluatorTests
{
    private readonly EvaluationResult _result = Evaluator.Evaluate(FixtureFiles.ReadLabels(), FixtureFiles.ReadAlerts());

    private ModelDetection Detection(string step, string model) =>
        _result.Steps.Single(s => s.Name == step).Models.Single(m => m.Model == model);

    [Fact]
    public void A_matching_alert_on_the_attacker_detects_with_its_time_to_detect()
    {
        var detection = Detection("scan", "Multiple Failed Internal Connections");
        Assert.True(detection.Detected);
        Assert.Equal(TimeSpan.FromSeconds(150), detection.TimeToDetect);
        Assert.Equal(0.9, detection.Score);
        Assert.Equal(2, detection.Alerts);
    }

    [Fact]
    public void An_alert_within_the_grace_after_the_end_still_detects()
    {
        var detection = Detection("scan", "Unusual Activity from New Device");
        Assert.True(detection.Detected);
        Assert.Equal(TimeSpan.FromMinutes(24), detection.TimeToDetect);
    }

    [Fact]
    public void An_alert_after_the_grace_is_a_miss_and_a_false_alert()
    {
        Assert.False(Detection("writes", "Multiple New Action Commands").Detected);
        Assert.Contains(_result.FalseAlerts.Alerts, a => a.Model == "Multiple New Action Commands");
    }

    [Fact]
    public void The_right_model_on_an_uninvolved_device_is_a_miss_and_a_false_alert()
    {
        var detection = Detection("scan", "Network Scan");
        Assert.False(detection.Detected);
        Assert.Null(detection.TimeToDetect);
        Assert.Contains(_result.FalseAlerts.Alerts, a => a.Device == "10.0.2.10");
    }

    [Fact]
    public void An_alert_on_a_target_counts_for_the_step_but_detects_only_for_target_models()
    {
        Assert.False(Detection("writes", "Unusual ICS Connectivity").Detected);
        Assert.DoesNotContain(_result.FalseAlerts.Alerts, a => a.Device == "10.0.2.20");

        var lenient = Evaluator.Evaluate(FixtureFiles.ReadLabels(), FixtureFiles.ReadAlerts(),
            new EvaluationOptions { TargetModels = new HashSet<string> { "Unusual ICS Connectivity" } });
        var detection = lenient.Steps.Single(s => s.Name == "writes").Models.Single(m => m.Model == "Unusual ICS Connectivity");
        Assert.True(detection.Detected);
        Assert.Equal(TimeSpan.FromMinutes(5), detection.TimeToDetect);
    }

    [Fact]
    public void Alerts_in_a_benign_change_are_tolerated_and_reported_apart()
    {
        var change = Assert.Single(_result.BenignChanges);
        Assert.Equal("new_laptop", change.Name);
        Assert.Equal(1, change.AlertsTolerated);
        Assert.Equal(["Unusual Activity from New Device"], change.ModelsSeen);
        Assert.DoesNotContain(_result.FalseAlerts.Alerts, a => a.Time == new DateTimeOffset(2024, 4, 23, 14, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Every_alert_falls_in_exactly_one_bucket()
    {
        Assert.Equal(9, _result.Alerts);
        Assert.Equal(1, _result.AlertsDuringLearning);
        Assert.Equal(4, _result.AlertsDuringAttacks);
        Assert.Equal(3, _result.FalseAlerts.Count);
        Assert.Equal(_result.Alerts, _result.AlertsDuringLearning + _result.AlertsDuringAttacks
            + _result.BenignChanges.Sum(b => b.AlertsTolerated) + _result.FalseAlerts.Count);
    }

    [Fact]
    public void Recall_is_per_model_over_the_attack_steps_that_expect_it()
    {
        Assert.Equal(
            [("Network Scan", 1, 0), ("Multiple Failed Internal Connections", 1, 1), ("Unusual Activity from New Device", 1, 1),
             ("Multiple New Action Commands", 1, 0), ("Unusual ICS Connectivity", 1, 0)],
            _result.Recall.Select(r => (r.Model, r.Expected, r.Detected)));
        Assert.Equal((2, 5), (_result.Detected, _result.Expected));
        Assert.Equal(0.4, _result.OverallRecall, 9);
    }

    [Fact]
    public void False_alerts_are_counted_per_device_day_after_learning()
    {
        // 4 labelled devices × 1 day from learning end to capture end; 3 false alerts.
        Assert.Equal(4, _result.FalseAlerts.Devices);
        Assert.Equal(4.0, _result.FalseAlerts.DeviceDays, 9);
        Assert.Equal(0.75, _result.FalseAlerts.PerDeviceDay!.Value, 9);
        Assert.Equal(new Dictionary<string, int>
        {
            ["Multiple Failed Internal Connections"] = 1,
            ["Multiple New Action Commands"] = 1,
            ["Network Scan"] = 1,
        }, _result.FalseAlerts.ByModel);
    }

    [Fact]
    public void A_wider_grace_turns_the_late_alert_into_a_detection()
    {
        var wide = Evaluator.Evaluate(FixtureFiles.ReadLabels(), FixtureFiles.ReadAlerts(), new EvaluationOptions { Grace = TimeSpan.FromMinutes(15) });
        var detection = wide.Steps.Single(s => s.Name == "writes").Models.Single(m => m.Model == "Multiple New Action Commands");
        Assert.Equal(TimeSpan.FromMinutes(40), detection.TimeToDetect);
        Assert.Equal(2, wide.FalseAlerts.Count);
    }
}
