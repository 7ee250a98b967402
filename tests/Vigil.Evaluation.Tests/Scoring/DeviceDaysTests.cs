using Vigil.Evaluation.Inputs;
using Vigil.Evaluation.Scoring;

namespace Vigil.Evaluation.Tests.Scoring;

/// <summary>The denominator of the false-alert rate: labelled devices × days between learning end and capture end.</summary>
public sealed class DeviceDaysTests
{
    private static readonly DateTimeOffset LearningEnd = new(2024, 4, 23, 0, 0, 0, TimeSpan.Zero);

    private static GroundTruth Truth(int devices, TimeSpan afterLearning) => new(
        "arithmetic", 1, LearningEnd - TimeSpan.FromDays(1), LearningEnd + afterLearning, LearningEnd,
        Enumerable.Range(1, devices).Select(i => new LabelledDevice($"10.0.0.{i}", $"host-{i}")).ToList(), []);

    private static ObservedAlert Alert(TimeSpan afterLearning) =>
        new(LearningEnd + afterLearning, "10.0.0.1", "Network Scan", 0.9, "");

    [Theory]
    [InlineData(6, 6.0, 1.5)]
    [InlineData(21, 84.0, 73.5)]
    [InlineData(1, 48.0, 2.0)]
    public void Device_days_are_devices_times_days_after_learning(int devices, double hours, double expected) =>
        Assert.Equal(expected, Evaluator.DeviceDays(Truth(devices, TimeSpan.FromHours(hours))), 9);

    [Fact]
    public void The_rate_divides_false_alerts_by_device_days()
    {
        var truth = Truth(6, TimeSpan.FromHours(6));
        var result = Evaluator.Evaluate(truth, [Alert(TimeSpan.FromHours(1)), Alert(TimeSpan.FromHours(2)), Alert(TimeSpan.FromHours(3))]);
        Assert.Equal(3, result.FalseAlerts.Count);
        Assert.Equal(2.0, result.FalseAlerts.PerDeviceDay!.Value, 9);
    }

    [Fact]
    public void A_capture_that_ends_at_learning_end_has_no_rate()
    {
        var result = Evaluator.Evaluate(Truth(6, TimeSpan.Zero), [Alert(TimeSpan.Zero)]);
        Assert.Equal(0, result.FalseAlerts.DeviceDays);
        Assert.Null(result.FalseAlerts.PerDeviceDay);
        Assert.Equal(1, result.FalseAlerts.Count);
    }

    [Fact]
    public void No_attack_steps_means_nothing_expected_and_zero_recall()
    {
        var result = Evaluator.Evaluate(Truth(2, TimeSpan.FromDays(1)), []);
        Assert.Empty(result.Recall);
        Assert.Equal(0, result.Expected);
        Assert.Equal(0, result.OverallRecall);
        Assert.Equal(0.0, result.FalseAlerts.PerDeviceDay);
    }
}
