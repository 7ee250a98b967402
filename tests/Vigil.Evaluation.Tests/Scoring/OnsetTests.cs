using Vigil.Evaluation.Inputs;
using Vigil.Evaluation.Scoring;

namespace Vigil.Evaluation.Tests.Scoring;

/// <summary>Time to detect counts from a step's first packet when the labels give it, and never goes below zero.</summary>
public sealed class OnsetTests
{
    private static readonly DateTimeOffset LearningEnd = new(2024, 4, 22, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WindowStart = LearningEnd.AddMinutes(30);

    private static ModelDetection Detect(DateTimeOffset? firstPacket, DateTimeOffset alertTime)
    {
        var step = new LabelledStep("rdp", LabelledStep.AttackKind, WindowStart, WindowStart.AddMinutes(26), "10.10.21.65", ["10.20.9.211"],
            ["Unusual Admin RDP Session"]) { FirstPacket = firstPacket };
        var truth = new GroundTruth("t", 1, LearningEnd.AddHours(-6), WindowStart.AddHours(1), LearningEnd,
            [new LabelledDevice("10.10.21.65", "attacker")], [step]);
        var alert = new ObservedAlert(alertTime, "10.10.21.65", "Unusual Admin RDP Session", 0.6, "");
        return Evaluator.Evaluate(truth, [alert]).Steps.Single().Models.Single();
    }

    [Fact]
    public void Counts_from_the_first_packet_not_the_window()
    {
        var detection = Detect(WindowStart.AddMinutes(2), WindowStart.AddMinutes(2).AddSeconds(4));
        Assert.Equal(TimeSpan.FromSeconds(4), detection.TimeToDetect);
    }

    [Fact]
    public void Counts_from_the_window_when_the_labels_have_no_first_packet()
    {
        Assert.Equal(TimeSpan.FromSeconds(124), Detect(null, WindowStart.AddSeconds(124)).TimeToDetect);
    }

    [Fact]
    public void An_alert_before_the_first_packet_detects_in_zero()
    {
        var detection = Detect(WindowStart.AddMinutes(2), WindowStart.AddMinutes(1));
        Assert.True(detection.Detected);
        Assert.Equal(TimeSpan.Zero, detection.TimeToDetect);
    }
}
