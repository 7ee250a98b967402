using System.CommandLine;
using Vigil.Simulator;
using Vigil.Simulator.Scenarios;

namespace Vigil.Cli.Commands;

/// <summary>`vigil simulate`: a plant that writes a labelled capture (FILE and FILE.labels.json).</summary>
public static class SimulateCommand
{
    public static Command Create()
    {
        var scenario = new Option<string>("--scenario") { Description = $"One of: {string.Join(", ", Scenarios.Names)}.", DefaultValueFactory = _ => Scenarios.Names[0] };
        var seed = new Option<ulong>("--seed") { Description = "The same seed writes the same bytes.", DefaultValueFactory = _ => 1 };
        var learning = new Option<TimeSpan>("--learning") { Description = "Benign learning period before the scenario, e.g. 2.00:00:00 (2 days) or 06:00:00.", DefaultValueFactory = _ => TimeSpan.FromDays(2) };
        var poll = new Option<TimeSpan>("--poll-interval") { Description = "SCADA polling interval, the main volume knob.", DefaultValueFactory = _ => TimeSpan.FromSeconds(5) };
        var tail = new Option<TimeSpan>("--tail") { Description = "Benign operation kept after the scenario, e.g. 4.00:00:00 to measure false alerts over days.", DefaultValueFactory = _ => new SimulationOptions().Tail };
        var output = new Option<string>("--out") { Description = "The capture to write (.pcap).", Required = true };
        var command = new Command("simulate", "Simulate a plant and write a labelled capture.") { scenario, seed, learning, poll, tail, output };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(scenario)!;
            if (!Scenarios.Names.Contains(name))
            {
                Console.Error.WriteLine($"vigil: error: --scenario '{name}' is not one of {string.Join(", ", Scenarios.Names)}.");
                return ExitCodes.BadUsage;
            }
            if (parse.GetValue(tail) < TimeSpan.Zero || parse.GetValue(poll) <= TimeSpan.Zero || parse.GetValue(learning) < TimeSpan.Zero)
            {
                Console.Error.WriteLine("vigil: error: --learning and --tail must not be negative, and --poll-interval must be positive.");
                return ExitCodes.BadUsage;
            }
            var options = new SimulationOptions
            {
                Scenario = name,
                Seed = parse.GetValue(seed),
                LearningDuration = parse.GetValue(learning),
                PollInterval = parse.GetValue(poll),
                Tail = parse.GetValue(tail),
            };
            var result = PlantSimulator.Run(options, parse.GetValue(output)!);
            Console.WriteLine($"wrote {result.CapturePath}: {result.PacketsWritten:N0} packets over {result.CaptureDuration}; labels in {result.LabelsPath}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
