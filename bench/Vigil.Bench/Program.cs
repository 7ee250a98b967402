using System.Diagnostics;
using Vigil.Capture.Decoding;
using Vigil.Capture.Files;
using Vigil.Flows;
using Vigil.Host.Ingest;
using Vigil.Host.Network;

// Times each stage of the reading path on one capture, so a change can be measured where it acts:
//   dotnet run -c Release --project bench/Vigil.Bench -- FILE [repeats]
// or weighs the device states a capture leaves in the grains (serialized per part, and on the heap):
//   dotnet run -c Release --project bench/Vigil.Bench -- state FILE [--learn 24h]
// or writes a hostile capture over a normal one (bench/hostile.sh):
//   dotnet run -c Release --project bench/Vigil.Bench -- hostile KIND BASE OUT [count]
if (args is ["hostile", var kind, var basePath, var outPath, ..] && File.Exists(basePath))
{
    var count = args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
    return Vigil.Bench.Hostile.HostileCapture.Write(kind, basePath, outPath, count);
}
if (args is ["state", var capture, ..] && File.Exists(capture))
{
    var learning = Vigil.Host.Analysis.LearningWindow.Auto;
    if (args is [_, _, "--learn", var text] && !Vigil.Host.Analysis.LearningWindow.TryParse(text, out learning, out var error))
    {
        Console.Error.WriteLine(error);
        return 2;
    }
    return await StateSizes.RunAsync(capture, learning);
}
if (args.Length == 0 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Vigil.Bench FILE [repeats] | Vigil.Bench state FILE [--learn 24h] | Vigil.Bench hostile KIND BASE OUT [count]");
    return 2;
}
var path = args[0];
var repeats = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;

Measure("read", () => Run(path, decode: false, track: false, dissect: false));
Measure("read+decode", () => Run(path, decode: true, track: false, dissect: false));
Measure("read+decode+flows", () => Run(path, decode: true, track: true, dissect: false));
Measure("read+decode+flows+dissect", () => Run(path, decode: true, track: true, dissect: true));
Measure("…+router (steps dropped)", () => RunPump(path));
Measure("analyze (end to end)", () => RunAnalysis(path));
return 0;

void Measure(string stage, Func<long> run)
{
    run(); // warm-up: JIT and page cache
    var best = double.MaxValue;
    long packets = 0;
    for (var i = 0; i < repeats; i++)
    {
        var clock = Stopwatch.StartNew();
        packets = run();
        best = Math.Min(best, clock.Elapsed.TotalSeconds);
    }
    Console.WriteLine($"{stage,-28} {packets / best / 1e6,6:0.00} M pkt/s  ({packets:N0} packets, best of {repeats}: {best:0.000} s)");
}

static long Run(string path, bool decode, bool track, bool dissect)
{
    using var reader = CaptureFileReader.Open(path);
    var tracker = new FlowTracker(FlowTrackerOptions.Default with { Dissect = dissect }, new CountingSink());
    long packets = 0;
    while (reader.TryRead(out var frame))
    {
        packets++;
        if (decode && PacketDecoder.Decode(frame, out var packet) == DecodeStatus.Ok && track)
        {
            tracker.Process(ref packet);
        }
    }
    tracker.Flush();
    return packets;
}

static long RunPump(string path)
{
    using var reader = CaptureFileReader.Open(path);
    var router = new FlowEventRouter(new NetworkMap(), TimeSpan.FromSeconds(10), _ => { }, (_, _) => { });
    var pump = new PacketPump(reader, new FlowTracker(FlowTrackerOptions.Default, router), router);
    pump.Run(_ => { }, null, CancellationToken.None);
    return pump.Packets;
}

static long RunAnalysis(string path)
{
    var output = Path.Combine(Path.GetTempPath(), "vigil-bench-analyze");
    var result = Vigil.Host.Analysis.AnalysisRunner.RunFileAsync(path, new Vigil.Host.Analysis.AnalyzeOptions { OutputDirectory = output })
        .GetAwaiter().GetResult();
    return result.Packets;
}

/// <summary>Counts flow reports: the cheapest sink, so the figure is the tracker's own.</summary>
internal sealed class CountingSink : IFlowSink
{
    public long Reports { get; private set; }

    public void OnFlow(FlowRecord flow, FlowUpdateKind kind) => Reports++;
}
