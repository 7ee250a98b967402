using Vigil.Evaluation.Inputs;
using Vigil.Evaluation.Scoring;
using Vigil.Host.Analysis;
using Vigil.Simulator;

namespace Vigil.EndToEnd.Tests;

/// <summary>
/// One labelled scenario end to end, as a user would run it: simulate a short plant (2 h of learning,
/// SCADA polling every 10 s), analyse the capture with the labels' learning end, score with the evaluator.
/// </summary>
internal sealed record SimulatedRun(GroundTruth Truth, EvaluationResult Evaluation)
{
    public static async Task<SimulatedRun> RunAsync(string scenario, ulong seed, string directory)
    {
        var capture = Path.Combine(directory, $"{scenario}-{seed}.pcap");
        var simulation = PlantSimulator.Run(new SimulationOptions
        {
            Scenario = scenario,
            Seed = seed,
            LearningDuration = TimeSpan.FromHours(2),
            PollInterval = TimeSpan.FromSeconds(10),
        }, capture);
        var truth = LabelsReader.Read(simulation.LabelsPath);
        var output = Path.Combine(directory, $"{scenario}-{seed}-out");
        await AnalysisRunner.RunFileAsync(capture, new AnalyzeOptions
        {
            OutputDirectory = output,
            Learning = new LearningWindow(null, truth.LearningEnd),
        });
        var alerts = AlertsReader.Read(Path.Combine(output, "alerts.jsonl"));
        return new SimulatedRun(truth, Evaluator.Evaluate(truth, alerts));
    }

    /// <summary>
    /// The best time to detect of each detected model, as the evaluator measures it: from the step's first
    /// packet from its attacker to one of its targets (in the labels), not from the step's start.
    /// </summary>
    public IReadOnlyDictionary<string, TimeSpan> TimeToDetectByModel()
    {
        var best = new SortedDictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var model in Evaluation.Steps.SelectMany(s => s.Models).Where(m => m.TimeToDetect is not null))
        {
            var ttd = model.TimeToDetect!.Value;
            best[model.Model] = best.TryGetValue(model.Model, out var other) && other < ttd ? other : ttd;
        }
        return best;
    }
}
