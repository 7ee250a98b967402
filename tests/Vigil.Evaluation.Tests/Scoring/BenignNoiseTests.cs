using Vigil.Evaluation.Inputs;
using Vigil.Evaluation.Reporting;
using Vigil.Evaluation.Scoring;
using Vigil.Evaluation.Tests.Inputs;
using Vigil.Simulator;
using Vigil.Simulator.Scenarios;

namespace Vigil.Evaluation.Tests.Scoring;

/// <summary>
/// Issue 13's scoring: labelled benign noise is never tolerated (its alerts are false, and attributed to it when
/// raised on its acting device), an expected model the catalog does not have yet is scored like any other, and the
/// median time to detect is reported.
/// </summary>
public sealed class BenignNoiseTests : IDisposable
{
    private static readonly DateTimeOffset LearningEnd = new(2024, 4, 22, 6, 0, 0, TimeSpan.Zero);
    private const string Workstation = "10.10.21.40";
    private const string Printer = "10.10.21.9";
    private const string Attacker = "10.20.9.60";
    private readonly TempFiles _files = new();

    private static GroundTruth Truth(params LabelledStep[] steps) =>
        new("t", 1, LearningEnd.AddHours(-6), LearningEnd.AddDays(1), LearningEnd,
            [new LabelledDevice(Workstation, "WS"), new LabelledDevice(Printer, "PRN"), new LabelledDevice(Attacker, "RTU")], steps);

    private static LabelledStep Printing(int hour) =>
        new("offline_printer", LabelledStep.BenignNoiseKind, LearningEnd.AddHours(hour), LearningEnd.AddHours(hour + 3), Workstation, [Printer], []);

    private static ObservedAlert Alert(string device, string model, double hours) => new(LearningEnd.AddHours(hours), device, model, 0.7, "");

    [Fact]
    public void Alerts_on_benign_noise_are_false_and_attributed_to_the_noise_of_their_acting_device()
    {
        var truth = Truth(Printing(1), Printing(13));
        ObservedAlert[] alerts =
        [
            Alert(Workstation, "Multiple Failed Internal Connections", 1.5),
            Alert(Workstation, "Multiple Failed Internal Connections", 13.5),
            Alert(Printer, "Unusual Activity from New Device", 2), // on the noise's target: false, not attributed
            Alert(Workstation, "Network Scan", 8),                 // outside every window: false, not attributed
        ];
        var result = Evaluator.Evaluate(truth, alerts);
        Assert.Equal(4, result.FalseAlerts.Count);
        Assert.Empty(result.BenignChanges);
        Assert.Equal(new Dictionary<string, int> { ["offline_printer"] = 2 }, result.FalseAlerts.OnBenignNoise);
        Assert.Contains("false alerts on labelled benign noise: offline_printer 2", EvaluationTable.Render(result).Split('\n').Select(l => l.Trim()));
    }

    [Fact]
    public void An_alert_inside_two_noises_of_one_device_is_blamed_on_the_narrower()
    {
        var allDay = new LabelledStep("decommissioned_server", LabelledStep.BenignNoiseKind, LearningEnd.AddHours(-6), LearningEnd.AddDays(1), Workstation, ["10.10.21.250"], []);
        var result = Evaluator.Evaluate(Truth(allDay, Printing(1)), [Alert(Workstation, "Multiple Failed Internal Connections", 1.5), Alert(Workstation, "Network Scan", 8)]);
        Assert.Equal(new Dictionary<string, int> { ["offline_printer"] = 1, ["decommissioned_server"] = 1 }, result.FalseAlerts.OnBenignNoise);
    }

    [Fact]
    public void A_benign_change_still_tolerates_what_benign_noise_does_not()
    {
        var change = new LabelledStep("new_laptop", LabelledStep.BenignChangeKind, LearningEnd.AddHours(1), LearningEnd.AddHours(2), Workstation, [], []);
        var result = Evaluator.Evaluate(Truth(change, Printing(1)), [Alert(Workstation, "Unusual Activity from New Device", 1.5)]);
        Assert.Equal(1, Assert.Single(result.BenignChanges).AlertsTolerated);
        Assert.Equal(0, result.FalseAlerts.Count);
    }

    [Fact]
    public void An_expected_model_the_catalog_does_not_have_is_scored_like_any_other()
    {
        const string Proposed = ProposedModels.MultipleIcsErrorResponses;
        var sweep = new LabelledStep("modbus_read_sweep", LabelledStep.AttackKind, LearningEnd.AddHours(1), LearningEnd.AddHours(1.25), Attacker, [Printer],
            [Proposed, "Unusual ICS Connectivity"]) { FirstPacket = LearningEnd.AddHours(1).AddMinutes(1) };
        var missed = Evaluator.Evaluate(Truth(sweep), []);
        Assert.Equal([new ModelRecall(Proposed, 1, 0), new ModelRecall("Unusual ICS Connectivity", 1, 0)], missed.Recall);
        Assert.Contains(EvaluationTable.Render(missed).Split('\n'), l => l.Contains(Proposed, StringComparison.Ordinal) && l.TrimEnd().EndsWith("missed", StringComparison.Ordinal));
        Assert.Null(missed.MedianTimeToDetect);

        var caught = Evaluator.Evaluate(Truth(sweep), [new ObservedAlert(LearningEnd.AddHours(1).AddMinutes(1).AddSeconds(6), Attacker, Proposed, 0.9, "")]);
        var detection = caught.Steps.Single().Models.Single(m => m.Model == Proposed);
        Assert.True(detection.Detected);
        Assert.Equal(TimeSpan.FromSeconds(6), detection.TimeToDetect);
    }

    [Fact]
    public void The_median_time_to_detect_is_over_every_detection_and_printed()
    {
        LabelledStep Step(string name, double hour, params string[] models) =>
            new(name, LabelledStep.AttackKind, LearningEnd.AddHours(hour), LearningEnd.AddHours(hour + 0.5), Attacker, [Printer], models);
        var truth = Truth(Step("a", 1, "M1", "M2"), Step("b", 3, "M1", "M3"));
        ObservedAlert At(string model, int hour, int seconds) => new(LearningEnd.AddHours(hour).AddSeconds(seconds), Attacker, model, 0.7, "");
        ObservedAlert[] alerts = [At("M1", 1, 2), At("M2", 1, 10), At("M1", 3, 40)];
        var odd = Evaluator.Evaluate(truth, alerts);
        Assert.Equal(TimeSpan.FromSeconds(10), odd.MedianTimeToDetect);
        Assert.Contains("median time to detect: 10s over 3 detections", EvaluationTable.Render(odd).Split('\n').Select(l => l.Trim()));
        var even = Evaluator.Evaluate(truth, [.. alerts, At("M3", 3, 60)]);
        Assert.Equal(TimeSpan.FromSeconds(25), even.MedianTimeToDetect);
    }

    [Fact]
    public void A_noisy_simulators_labels_read_with_their_noise_steps()
    {
        var options = new SimulationOptions
        {
            Scenario = BenignDriftScenario.NoisyScenarioName,
            LearningDuration = TimeSpan.FromHours(3),
            Tail = TimeSpan.Zero,
        };
        var simulated = PlantSimulator.Run(options, _files.PathOf("noisy.pcap"));
        var truth = LabelsReader.Read(simulated.LabelsPath);
        Assert.Contains(truth.Steps, s => s.IsBenignNoise && s.Name == "offline_printer");
        Assert.Contains(truth.Steps, s => s.IsBenignChange && s.Name == "maintenance_window");
        Assert.DoesNotContain(truth.Steps, s => s.IsAttack);
    }

    public void Dispose() => _files.Dispose();
}
