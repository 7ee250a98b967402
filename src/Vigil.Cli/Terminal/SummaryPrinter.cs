using Vigil.Cli.Commands;
using Vigil.Contracts.Time;
using Vigil.Host.Analysis;

namespace Vigil.Cli.Terminal;

/// <summary>The end-of-run report on stdout: what was read, what was found, where it was written.</summary>
public static class SummaryPrinter
{
    private const int AlertsListed = 15;
    private const int IncidentsListed = 5;

    public static int Print(string source, AnalysisResult result)
    {
        foreach (var warning in result.Warnings)
        {
            Console.Error.WriteLine($"vigil: warning: {warning}");
        }
        if (result.Packets == 0)
        {
            Console.Error.WriteLine($"vigil: error: no packets could be read from {source}.");
            return ExitCodes.Unreadable;
        }
        var seconds = Math.Max(result.Elapsed.TotalSeconds, 1e-3);
        Console.WriteLine($"Vigil analysed {source} in {seconds:0.0} s: {result.Packets:N0} packets ({result.Packets / seconds / 1e6:0.00}M pkt/s)");
        Console.WriteLine($"  timing    silo up at {result.SiloStart.TotalSeconds:0.0} s, reading done at {result.ReadingDone.TotalSeconds:0.0} s, grains done at {result.GrainsDone.TotalSeconds:0.0} s ({result.Steps:N0} steps)");
        Console.WriteLine($"  capture   {CaptureTime.ToIso(result.FirstPacketNs)} → {CaptureTime.ToIso(result.LastPacketNs)}");
        Console.WriteLine($"  learning  until {CaptureTime.ToIso(result.LearningEndNs)}");
        var undecoded = result.DecodeOutcomes.Where(o => o.Key != "Ok").Select(o => $"{o.Key} {o.Value:N0}");
        Console.WriteLine($"  frames    {string.Join(", ", result.DecodeOutcomes.Where(o => o.Key == "Ok").Select(o => $"IP {o.Value:N0}").Concat(undecoded))}");
        Console.WriteLine($"  flows     {result.Flows:N0}");
        Console.WriteLine($"  devices   {result.Devices:N0}");
        Console.WriteLine($"  incidents {result.Incidents.Count:N0}");
        foreach (var incident in result.Incidents.Take(IncidentsListed))
        {
            Console.WriteLine($"  [{incident.Id}] {incident.Score:0.00}  {incident.Title} ({CaptureTime.ToIso(incident.StartNs)} → {CaptureTime.ToIso(incident.EndNs)})");
            Console.WriteLine($"      {incident.Summary}");
        }
        if (result.Incidents.Count > IncidentsListed)
        {
            Console.WriteLine($"  … {result.Incidents.Count - IncidentsListed} more in incidents.json");
        }
        Console.WriteLine($"  alerts    {result.Alerts.Count:N0}");
        foreach (var model in result.Alerts.GroupBy(a => a.Model).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"    {model.Count(),5}  {model.Key}");
        }
        foreach (var alert in result.Alerts.Take(AlertsListed))
        {
            Console.WriteLine($"  {CaptureTime.ToIso(alert.TimeNs)}  {alert.Score:0.00}  {alert.Model}: {alert.Summary}");
        }
        if (result.Alerts.Count > AlertsListed)
        {
            Console.WriteLine($"  … {result.Alerts.Count - AlertsListed} more in alerts.jsonl");
        }
        Console.WriteLine($"  output    {result.OutputDirectory}/ (incidents.json, alerts.jsonl, devices.json, flows.jsonl)");
        if (result.RuntimeWarnings is { Count: > 0 } runtime)
        {
            Console.WriteLine($"  runtime   {runtime.Count:N0} warning(s) of the Orleans runtime in {runtime.Path} (--verbose shows them here)");
        }
        return ExitCodes.Ok;
    }
}
