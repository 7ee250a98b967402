using System.Text.Json;
using Vigil.Evaluation.Inputs;
using Vigil.Evaluation.Scoring;
using Vigil.Host.Analysis;
using Vigil.Simulator;

namespace Vigil.EndToEnd.Tests;

/// <summary>
/// One labelled scenario end to end, as a user would run it: simulate a short plant (2 h of learning,
/// SCADA polling every 10 s), analyse the capture with the labels' learning end, score with the evaluator.
/// </summary>
internal sealed record SimulatedRun(GroundTruth Truth, EvaluationResult Evaluation, IReadOnlyList<JsonElement> Flows)
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
        var flows = File.ReadLines(Path.Combine(output, "flows.jsonl")).Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToArray();
        return new SimulatedRun(truth, Evaluator.Evaluate(truth, alerts), flows);
    }

    /// <summary>
    /// The best time to detect of each detected model, measured from the first flow the step's attacker
    /// sent to one of the step's targets (the first packet that could trigger it), not from the step's
    /// start: a step can open with unrelated traffic (the attacker's DHCP before its RDP session).
    /// </summary>
    public IReadOnlyDictionary<string, TimeSpan> TimeToDetectByModel()
    {
        var best = new SortedDictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var step in Evaluation.Steps)
        {
            var labelled = Truth.Steps.Single(s => s.Name == step.Name);
            var trigger = FirstFlow(labelled) ?? labelled.Start;
            foreach (var model in step.Models.Where(m => m.FirstAlert is not null))
            {
                var ttd = model.FirstAlert!.Value - trigger;
                ttd = ttd < TimeSpan.Zero ? TimeSpan.Zero : ttd;
                best[model.Model] = best.TryGetValue(model.Model, out var other) && other < ttd ? other : ttd;
            }
        }
        return best;
    }

    private DateTimeOffset? FirstFlow(LabelledStep step) => Flows
        .Where(f => f.GetProperty("src").GetString() == step.Attacker && step.Targets.Contains(f.GetProperty("dst").GetString()!))
        .Select(f => DateTimeOffset.Parse(f.GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture))
        .Where(start => start >= step.Start)
        .Order()
        .Cast<DateTimeOffset?>()
        .FirstOrDefault();
}
