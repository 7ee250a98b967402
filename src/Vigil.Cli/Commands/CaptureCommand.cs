using System.CommandLine;

using Vigil.Capture.Live;
using Vigil.Cli.Terminal;
using Vigil.Host.Analysis;
using Vigil.Host.Silo;

namespace Vigil.Cli.Commands;

/// <summary>`vigil capture --interface IF`: the same pipeline, fed live from a mirror port until stopped.</summary>
public static class CaptureCommand
{
    public static Command Create()
    {
        var iface = new Option<string>("--interface", "-i") { Description = "Interface to capture from (needs root or CAP_NET_RAW).", Required = true };
        var filter = new Option<string?>("--filter") { Description = "A BPF capture filter, e.g. 'not port 22'." };
        var duration = new Option<TimeSpan?>("--duration") { Description = "Stop after this long (wall time), e.g. 00:10:00; default: until Ctrl+C." };
        var learn = CommonOptions.Learn();
        var output = CommonOptions.Out();
        var internalNetworks = CommonOptions.Internal();
        var step = CommonOptions.Step();
        var zones = CommonOptions.Zones();
        var verbose = CommonOptions.Verbose();
        var command = new Command("capture", "Capture live from an interface and analyse as packets arrive; Ctrl+C stops and writes the results.")
        {
            iface, filter, duration, learn, output, internalNetworks, step, zones, verbose,
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
            var name = parse.GetValue(iface)!;
            try
            {
                using var source = LiveCaptureSource.Open(name, parse.GetValue(filter));
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
                if (parse.GetValue(duration) is { } limit)
                {
                    stop.CancelAfter(limit);
                }
                // A blocked read must notice the stop: the live source polls with a short timeout.
                using var registration = stop.Token.Register(source.Stop);
                Console.Error.WriteLine($"vigil: capturing on {name}; Ctrl+C to stop.");
                var result = await AnalysisRunner.RunAsync(source, null, options, null, stop.Token);
                return SummaryPrinter.Print(name, result);
            }
            catch (Exception error) when (error is CaptureUnavailableException or Vigil.Capture.Files.CaptureFormatException or EmbeddedSiloException)
            {
                Console.Error.WriteLine($"vigil: error: {error.Message}");
                return ExitCodes.Unreadable;
            }
        });
        return command;
    }
}
