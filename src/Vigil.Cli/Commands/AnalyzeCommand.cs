using System.CommandLine;
using Vigil.Capture.Live;
using Vigil.Capture.Files;
using Vigil.Cli.Terminal;
using Vigil.Host.Analysis;
using Vigil.Host.Silo;

namespace Vigil.Cli.Commands;

/// <summary>`vigil analyze FILE`: the analyst's job — a capture in, devices, alerts and flows out.</summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A pcap or pcapng capture." };
        var learn = CommonOptions.Learn();
        var output = CommonOptions.Out();
        var internalNetworks = CommonOptions.Internal();
        var step = CommonOptions.Step();
        var zones = CommonOptions.Zones();
        var verbose = CommonOptions.Verbose();
        var command = new Command("analyze", "Analyse a capture file with an embedded silo: learn, then report devices, alerts and flows.")
        {
            file, learn, output, internalNetworks, step, zones, verbose,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var options = CommonOptions.WithZones(parse, zones, CommonOptions.Read(parse, learn, output, internalNetworks, step)) is { } read
                ? read with { Verbose = parse.GetValue(verbose) }
                : null;
            if (options is null)
            {
                return ExitCodes.BadUsage;
            }
            var path = parse.GetValue(file)!;
            try
            {
                using var progress = new ProgressLine(path);
                var result = await AnalysisRunner.RunFileAsync(path, options, progress, cancellation);
                progress.Clear();
                return SummaryPrinter.Print(path, result);
            }
            catch (Exception error) when (error is CaptureFormatException or CaptureUnavailableException or EmbeddedSiloException)
            {
                Console.Error.WriteLine($"vigil: error: {error.Message}");
                return ExitCodes.Unreadable;
            }
        });
        return command;
    }
}
