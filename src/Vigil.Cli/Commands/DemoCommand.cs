using System.CommandLine;
using Vigil.Cli.Terminal;
using Vigil.Host.Analysis;
using Vigil.Simulator;

namespace Vigil.Cli.Commands;

/// <summary>`vigil demo`: simulate the reference incident, analyse it, show what an analyst reads.</summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var output = CommonOptions.Out();
        var seed = new Option<ulong>("--seed") { Description = "Simulation seed.", DefaultValueFactory = _ => 1 };
        var command = new Command("demo", "Simulate the reference incident (6 h of learning, then the attack) and analyse it.") { output, seed };
        command.SetAction(async (parse, cancellation) =>
        {
            var directory = parse.GetValue(output)!;
            Directory.CreateDirectory(directory);
            var capture = Path.Combine(directory, "reference-incident.pcap");
            var options = new SimulationOptions { Seed = parse.GetValue(seed), LearningDuration = TimeSpan.FromHours(6) };
            var simulated = PlantSimulator.Run(options, capture);
            Console.WriteLine($"simulated the reference incident: {simulated.PacketsWritten:N0} packets, labels in {simulated.LabelsPath}");
            var analysis = new AnalyzeOptions { OutputDirectory = directory, Learning = new LearningWindow(null, options.LearningEnd) };
            using var progress = new ProgressLine(capture);
            var result = await AnalysisRunner.RunFileAsync(capture, analysis, progress, cancellation);
            progress.Clear();
            return SummaryPrinter.Print(capture, result);
        });
        return command;
    }
}
