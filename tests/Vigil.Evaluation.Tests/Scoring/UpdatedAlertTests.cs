using Vigil.Evaluation.Inputs;
using Vigil.Evaluation.Scoring;

namespace Vigil.Evaluation.Tests.Scoring;

/// <summary>
/// One alert that follows a device through two steps (an alert, then an update with new evidence): it
/// detects both steps, the second at the update's time, and is still one alert in the counts.
/// </summary>
public sealed class UpdatedAlertTests
{
    private const string Attacker = "10.0.1.50";
    private const string Model = "Unusual Activity from New Device";
    private static readonly DateTimeOffset LearningEnd = new(2024, 4, 23, 0, 0, 0, TimeSpan.Zero);

    private static readonly GroundTruth Truth = new("updates", 1, LearningEnd - TimeSpan.FromHours(6), LearningEnd + TimeSpan.FromHours(6), LearningEnd,
        [new LabelledDevice(Attacker, "attacker"), new LabelledDevice("10.0.1.10", "workstation")],
        [Step("scan", 1, 2), Step("call_home", 3, 4), Step("quiet_step", 5, 6)]);

    private static LabelledStep Step(string name, int fromHour, int toHour) =>
        new(name, LabelledStep.AttackKind, LearningEnd + TimeSpan.FromHours(fromHour), LearningEnd + TimeSpan.FromHours(toHour), Attacker, [], [Model]);

    private static readonly ObservedAlert Followed = new(LearningEnd + TimeSpan.FromMinutes(70), Attacker, Model, 0.9, "")
    {
        Updates = [LearningEnd + TimeSpan.FromMinutes(75), LearningEnd + TimeSpan.FromMinutes(200)],
    };

    private readonly EvaluationResult _result = Evaluator.Evaluate(Truth, [Followed]);

    private ModelDetection Detection(string step) => _result.Steps.Single(s => s.Name == step).Models.Single();

    [Fact]
    public void The_alert_detects_its_own_step_at_its_time()
    {
        Assert.Equal(TimeSpan.FromMinutes(10), Detection("scan").TimeToDetect);
    }

    [Fact]
    public void An_update_inside_a_later_step_detects_that_step_at_the_update()
    {
        var detection = Detection("call_home");
        Assert.True(detection.Detected);
        Assert.Equal(LearningEnd + TimeSpan.FromMinutes(200), detection.FirstAlert);
        Assert.Equal(TimeSpan.FromMinutes(20), detection.TimeToDetect);
    }

    [Fact]
    public void A_step_with_neither_the_alert_nor_an_update_is_missed()
    {
        Assert.False(Detection("quiet_step").Detected);
    }

    [Fact]
    public void The_updates_do_not_count_as_alerts()
    {
        Assert.Equal(1, _result.Alerts);
        Assert.Equal(1, _result.AlertsDuringAttacks);
        Assert.Equal(0, _result.FalseAlerts.Count);
    }
}
