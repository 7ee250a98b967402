using SharpFuzz;
using Vigil.Fuzz.Seeds;
using Vigil.Fuzz.Targets;

// AFL++ harnesses for Vigil's wire parsers and capture reader, driven by bench/fuzz.sh:
//   list                          the targets
//   run TARGET                    persistent-mode harness for afl-fuzz (input on stdin, via SharpFuzz)
//   once TARGET                   one input from stdin, for afl-tmin
//   replay TARGET FILE…           inputs in-process, each outcome printed (triage)
//   seeds OUTDIR CAPTURE|DIR…     per-target seed files from captures
var mode = args.Length > 0 ? args[0] : "";
switch (mode)
{
    case "list":
        foreach (var target in FuzzTargets.All)
        {
            Console.WriteLine($"{target.Name}\t{target.Description}");
        }
        return 0;
    case "run" when args.Length == 2:
        // Any exception escaping the target is reported to afl-fuzz as a crash. The target is looked
        // up inside the callback: the lookup runs instrumented code (the protocol catalog), which
        // may only run once SharpFuzz has mapped afl-fuzz's shared memory.
        HarnessTarget? fuzzed = null;
        Fuzzer.Run(stream => (fuzzed ??= Resolve(args[1])).Run(ReadAll(stream)));
        return 0;
    case "once" when args.Length == 2:
        Fuzzer.RunOnce(stream => Resolve(args[1]).Run(ReadAll(stream)));
        return 0;
    case "replay" when args.Length >= 3 && FuzzTargets.Find(args[1]) is { } target:
        return Replay(target, args[2..]);
    case "seeds" when args.Length >= 3:
        var files = CaptureFiles(args[2..]);
        foreach (var (name, count) in SeedExtractor.Extract(args[1], files))
        {
            Console.WriteLine($"{name}\t{count}");
        }
        Console.Error.WriteLine($"seeds from {files.Count} capture file(s) in {args[1]}");
        return 0;
    default:
        Console.Error.WriteLine("usage: Vigil.Fuzz list | run TARGET | once TARGET | replay TARGET FILE… | seeds OUTDIR CAPTURE|DIR…");
        return 2;
}

static HarnessTarget Resolve(string name) =>
    FuzzTargets.Find(name) ?? throw new ArgumentException($"no fuzz target {name} (Vigil.Fuzz list)");

static byte[] ReadAll(Stream stream)
{
    var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    return buffer.ToArray();
}

static int Replay(HarnessTarget target, string[] files)
{
    var failures = 0;
    foreach (var file in files)
    {
        try
        {
            target.Run(File.ReadAllBytes(file));
            Console.WriteLine($"ok\t{file}");
        }
        catch (Exception ex)
        {
            failures++;
            var frame = ex.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? "";
            Console.WriteLine($"{ex.GetType().Name}\t{file}\t{ex.Message}\t{frame}");
        }
    }
    return failures == 0 ? 0 : 1;
}

static List<string> CaptureFiles(string[] paths) =>
    [.. paths
        .SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : File.Exists(p) ? [p] : [])
        .Where(f => f.EndsWith(".pcap", StringComparison.Ordinal) || f.EndsWith(".pcapng", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)];
