using System.Text.Json;
using Vigil.Contracts.Alerts;
using Vigil.Contracts.Time;

namespace Vigil.Host.Analysis;

/// <summary>Gives a group of correlated alerts a type, a title and a plain summary naming devices, ports and commands.</summary>
public static class IncidentStory
{
    private static readonly string[] Control = [ModelNames.UncommonIcsReprogram, ModelNames.MultipleNewActionCommands];
    private static readonly string[] Recon = [ModelNames.NetworkScan, ModelNames.MultipleFailedConnectionsToIcsDevice, ModelNames.MultipleFailedInternalConnections, ModelNames.MultipleNewDiscoverCommands];
    private static readonly string[] CommandAndControl = [ModelNames.AnomalousSslWithoutSni, ModelNames.RareExternalSslSelfSigned];
    private static readonly string[] RemoteAccess = [ModelNames.UnusualAdminRdpSession, ModelNames.UnusualDataUpload, ModelNames.AnomalousItToIcsConnection];

    public static Incident Tell(string id, IReadOnlyList<Alert> alerts)
    {
        var models = alerts.Select(a => a.Model).ToHashSet(StringComparer.Ordinal);
        var primary = alerts.GroupBy(a => a.Device, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var isNew = models.Contains(ModelNames.UnusualActivityFromNewDevice);
        var fromNew = isNew ? " from a new device" : "";
        var (type, title) =
            Control.Any(models.Contains) ? ("ics_control", models.Contains(ModelNames.UncommonIcsReprogram) ? $"Attempted control and reprogramming of PLCs{fromNew}" : $"Attempted control of PLCs{fromNew}")
            : Recon.Any(models.Contains) ? ("reconnaissance", $"Network reconnaissance{fromNew}")
            : CommandAndControl.Any(models.Contains) ? ("command_and_control", $"Possible command-and-control traffic{fromNew}")
            : RemoteAccess.Any(models.Contains) ? ("remote_access", $"Unusual remote access{fromNew}")
            : ("anomalous_behaviour", isNew ? "Unusual activity from a new device" : $"Unusual behaviour of {primary}");
        var devices = alerts.Select(a => a.Device).Where(d => d != primary).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Prepend(primary).ToArray();
        var touched = alerts.SelectMany(a => a.Peers).Where(p => !devices.Contains(p)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var ports = new SortedSet<int>();
        var commands = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var alert in alerts)
        {
            ReadEvidence(alert.EvidenceJson, ports, commands);
        }
        var start = alerts.Min(a => a.TimeNs);
        var end = alerts.Max(a => Math.Max(a.TimeNs, a.EndNs));
        var breaches = string.Join(", ", alerts.Select(a => a.Model).Distinct(StringComparer.Ordinal));
        var summary = $"{primary}{(isNew ? ", a device first seen after learning," : "")} raised {alerts.Count} breach(es) between {CaptureTime.ToIso(start)} and {CaptureTime.ToIso(end)}: {breaches}."
            + (touched.Length > 0 ? $" It touched {touched.Length} host(s): {string.Join(", ", touched.Take(8))}{(touched.Length > 8 ? ", …" : "")}." : "")
            + (ports.Count > 0 ? $" Ports: {string.Join(", ", ports.Take(12))}." : "")
            + (commands.Count > 0 ? $" Commands: {string.Join("; ", commands.Take(8))}." : "");
        return new Incident
        {
            Id = id,
            Type = type,
            Title = title,
            Summary = summary,
            StartNs = start,
            EndNs = end,
            Score = alerts.Max(a => a.Score),
            Devices = devices,
            Timeline = alerts,
        };
    }

    private static void ReadEvidence(string json, SortedSet<int> ports, SortedSet<string> commands)
    {
        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Name is "destination" or "server" or "last_target" && property.Value.GetString() is { } endpoint
                && endpoint.LastIndexOf(':') is var colon and > 0 && int.TryParse(endpoint[(colon + 1)..], out var port))
            {
                ports.Add(port);
            }
            else if (property.Name == "ports" && property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in property.Value.EnumerateArray())
                {
                    if (int.TryParse(item.GetString(), out var p))
                    {
                        ports.Add(p);
                    }
                }
            }
            else if (property.Name == "new_operations" && property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in property.Value.EnumerateArray())
                {
                    // "s7comm/job/5 Write Var x4" → "Write Var (s7comm/job/5)"
                    var text = item.GetString() ?? "";
                    var space = text.IndexOf(' ');
                    var times = text.LastIndexOf(" x", StringComparison.Ordinal);
                    commands.Add(space > 0 && times > space ? $"{text[(space + 1)..times]} ({text[..space]})" : text);
                }
            }
        }
    }
}
