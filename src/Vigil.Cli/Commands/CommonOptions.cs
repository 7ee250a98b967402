using System.CommandLine;
using Vigil.Host.Analysis;
using Vigil.Host.Network;

namespace Vigil.Cli.Commands;

/// <summary>Options shared by the commands that run the analysis pipeline.</summary>
public static class CommonOptions
{
    public static Option<string> Learn() => new("--learn")
    {
        Description = "End of the learning window: a duration from the first packet (48h, 90m, 2d), an ISO-8601 time, or 'auto' (the first half of a file; 24h live).",
        DefaultValueFactory = _ => "auto",
    };

    public static Option<string> Out() => new("--out")
    {
        Description = "Directory for alerts.jsonl, devices.json and flows.jsonl.",
        DefaultValueFactory = _ => "vigil-out",
    };

    public static Option<string[]> Internal() => new("--internal")
    {
        Description = "Address blocks inside the estate (CIDR, repeatable or comma-separated); default: the private ranges.",
        AllowMultipleArgumentsPerToken = true,
    };

    public static Option<TimeSpan> Step() => new("--step")
    {
        Description = "Capture time per step: grains catch up at each step boundary (default 00:00:10).",
        DefaultValueFactory = _ => TimeSpan.FromSeconds(10),
    };

    public static Option<string?> Zones() => new("--zones")
    {
        Description = "JSON file of zones: [{\"name\": \"Industrial\", \"role\": \"ics\", \"cidrs\": [\"10.20.9.0/24\"]}]; roles it, ics, dmz. Subnets not covered are inferred (ICS when their devices serve ICS protocols).",
    };

    public static Option<bool> Verbose() => new("--verbose")
    {
        Description = "Show the runtime's (Orleans') own log lines on standard error instead of writing them to runtime.log in the output directory.",
    };

    /// <summary>Reads `--zones` into <paramref name="options"/>; on a bad file writes a one-line error and returns null.</summary>
    public static AnalyzeOptions? WithZones(ParseResult parse, Option<string?> zones, AnalyzeOptions? options)
    {
        if (options is null || parse.GetValue(zones) is not { } path)
        {
            return options;
        }
        return ZonesFile.Load(path, out var error) is { } loaded ? options with { Zones = loaded } : Fail($"--zones {error}");
    }

    /// <summary>Reads the shared options; on a bad value writes a one-line error and returns null.</summary>
    public static AnalyzeOptions? Read(ParseResult parse, Option<string> learn, Option<string> output, Option<string[]> internalNetworks, Option<TimeSpan> step)
    {
        if (!LearningWindow.TryParse(parse.GetValue(learn), out var window, out var error))
        {
            return Fail(error);
        }
        var blocks = new List<Cidr>();
        foreach (var text in (parse.GetValue(internalNetworks) ?? []).SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!Cidr.TryParse(text, out var block))
            {
                return Fail($"--internal '{text}' is not an address block (e.g. 10.20.0.0/16).");
            }
            blocks.Add(block);
        }
        var stepLength = parse.GetValue(step);
        if (stepLength <= TimeSpan.Zero)
        {
            return Fail($"--step {stepLength} must be positive.");
        }
        return new AnalyzeOptions { OutputDirectory = parse.GetValue(output)!, Learning = window, InternalNetworks = blocks, Step = stepLength };
    }

    private static AnalyzeOptions? Fail(string message)
    {
        Console.Error.WriteLine($"vigil: error: {message}");
        return null;
    }
}
