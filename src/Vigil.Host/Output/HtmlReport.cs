using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Vigil.Contracts.Alerts;
using Vigil.Contracts.Devices;
using Vigil.Contracts.Time;
using Vigil.Export.Inventory;

namespace Vigil.Host.Output;

/// <summary>
/// report.html: one self-contained page (inline CSS and SVG, no script, no external resource) an
/// analyst can open offline or mail: the incidents first (what an analyst reads first: title, summary,
/// timeline), then the alerts with their evidence, a chart per alerted device, the observed zone
/// conduits, and the inventory with each device's identity, role and zone.
/// </summary>
public static class HtmlReport
{
    /// <summary>Charts are drawn for at most this many devices, those with alerts first.</summary>
    public const int MaxCharts = 50;

    private const string Style = """
        body{font:14px/1.45 system-ui,sans-serif;color:#1d2430;margin:1.5rem;max-width:1200px}
        h1{font-size:22px}h2{font-size:17px;margin-top:2rem}h3{font-size:15px;margin:1.2rem 0 .3rem}
        table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #d8dde5;vertical-align:top}
        th{background:#eef1f5;font-size:12px;text-transform:uppercase;color:#5b6575}td.num{text-align:right}
        pre{margin:0;font-size:12px;white-space:pre-wrap}.muted{color:#5b6575}svg.timechart{width:100%;height:auto;border:1px solid #d8dde5}
        .score{color:#fff;padding:0 .3em;border-radius:3px}.high{background:#c0392b}.mid{background:#d98e04}.low{background:#2e7d5b}
        section.incident{border:1px solid #d8dde5;border-left:4px solid #c0392b;padding:.2rem 1rem .8rem;margin:1rem 0}
        ol.timeline{padding-left:1.2rem}ol.timeline li{margin:.2rem 0}.tag{background:#eef1f5;border-radius:3px;padding:0 .3em;font-size:12px}
        """;

    /// <summary>Writes the report; <paramref name="incidents"/> most significant first, <paramref name="conduits"/> from <see cref="ConduitReport"/>.</summary>
    public static async Task WriteAsync(string path, IGrainFactory grains, IReadOnlyList<DeviceSnapshot> devices, IReadOnlyList<Alert> alerts,
        IReadOnlyList<Incident> incidents, IReadOnlyList<ZoneConduit> conduits)
    {
        var alertsByDevice = alerts.GroupBy(a => a.Device, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<Alert>)g.ToList(), StringComparer.Ordinal);
        var charted = devices.Where(d => alertsByDevice.ContainsKey(d.Ip)).Take(MaxCharts).ToArray();
        var histories = await Task.WhenAll(charted.Select(d => grains.GetGrain<IDeviceGrain>(d.Ip).GetRecentConnectionsAsync(Detection.Devices.ConnectionLog.Capacity)));

        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Vigil report</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>Vigil report</h1>");
        html.Append(Invariant($"<p>{incidents.Count} incidents, {alerts.Count} alerts, {devices.Count} devices.</p>"));
        var known = devices.Select(d => d.Ip).ToHashSet(StringComparer.Ordinal);
        AppendIncidents(html, incidents, alertsByDevice.Keys.Intersect(charted.Select(c => c.Ip)).ToHashSet(StringComparer.Ordinal), known);

        html.Append("<h2 id=\"alerts\">Alerts</h2>");
        if (alerts.Count == 0)
        {
            html.Append("<p class=\"muted\">No alerts.</p>");
        }
        else
        {
            html.Append("<table><thead><tr><th>Time</th><th>Device</th><th>Model</th><th>Score</th><th>Summary</th><th>Evidence</th></tr></thead><tbody>");
            foreach (var alert in alerts)
            {
                var level = alert.Score >= 0.9 ? "high" : alert.Score >= 0.5 ? "mid" : "low";
                html.Append(Invariant($"<tr><td>{E(CaptureTime.ToIso(alert.TimeNs))}</td><td><a href=\"#device-{E(alert.Device)}\">{E(alert.Device)}</a></td><td>{E(alert.Model)}</td>"));
                html.Append(Invariant($"<td><span class=\"score {level}\">{alert.Score:F2}</span></td><td>{E(alert.Summary)}</td><td><pre>{E(Indented(alert.EvidenceJson))}</pre></td></tr>"));
            }
            html.Append("</tbody></table>");
        }

        html.Append("<h2 id=\"charts\">Alerted devices over time</h2><p class=\"muted\">Bars: connections per interval (blue answered, red failed); orange: the significance of the device's alerts (0–1).</p>");
        for (var i = 0; i < charted.Length; i++)
        {
            html.Append(Invariant($"<h3 id=\"device-{E(charted[i].Ip)}\">{E(charted[i].Ip)} <span class=\"muted\">({E(charted[i].Subnet)})</span></h3>"));
            html.Append(SvgTimeChart.Render(histories[i], alertsByDevice[charted[i].Ip]));
        }

        AppendConduits(html, conduits);

        html.Append("<h2 id=\"inventory\">Inventory</h2><table><thead><tr><th>Address</th><th>Names</th><th>Vendor / product</th><th>Role</th><th>Zone</th><th>Subnet</th><th>MACs</th><th>VLANs</th><th>First seen</th><th>Last seen</th>");
        html.Append("<th>Peers</th><th>Flows</th><th>Sent</th><th>Received</th><th>Offers</th><th>Uses</th><th>Alerts</th></tr></thead><tbody>");
        foreach (var d in devices)
        {
            html.Append(Invariant($"<tr><td id=\"inv-{E(d.Ip)}\">{E(d.Ip)}</td><td>{E(string.Join(", ", d.Names))}</td><td>{E(string.Join(" / ", new[] { d.Vendor, d.Product }.OfType<string>()))}</td>"));
            html.Append(Invariant($"<td title=\"{E(string.Join("; ", d.RoleEvidence))}\">{E(d.Role ?? "")}</td><td title=\"{E(d.ZoneEvidence ?? "")}\">{E(d.Zone ?? "")}</td><td>{E(d.Subnet)}</td><td>{E(string.Join(", ", d.Macs))}</td><td>{E(string.Join(", ", d.Vlans))}</td>"));
            html.Append(Invariant($"<td>{E(CaptureTime.ToIso(d.FirstSeenNs))}</td><td>{E(CaptureTime.ToIso(d.LastSeenNs))}</td><td class=\"num\">{d.Peers}</td><td class=\"num\">{d.Flows}</td>"));
            html.Append(Invariant($"<td class=\"num\">{d.BytesSent}</td><td class=\"num\">{d.BytesReceived}</td><td>{E(string.Join(" ", d.ServicesOffered))}</td><td>{E(string.Join(" ", d.ServicesUsed))}</td><td class=\"num\">{d.Alerts}</td></tr>"));
        }
        html.Append("</tbody></table></body></html>\n");
        await File.WriteAllTextAsync(path, html.ToString(), new UTF8Encoding(false));
    }

    private static void AppendIncidents(StringBuilder html, IReadOnlyList<Incident> incidents, HashSet<string> charted, HashSet<string> known)
    {
        html.Append("<h2 id=\"incidents\">Incidents</h2>");
        if (incidents.Count == 0)
        {
            html.Append("<p class=\"muted\">No incidents.</p>");
            return;
        }
        foreach (var incident in incidents)
        {
            html.Append(Invariant($"<section class=\"incident\" id=\"{E(incident.Id)}\"><h3>{E(incident.Id)}: {E(incident.Title)} <span class=\"score {Level(incident.Score)}\">{incident.Score:F2}</span> <span class=\"tag\">{E(incident.Type)}</span></h3>"));
            html.Append(Invariant($"<p>{E(incident.Summary)}</p><p class=\"muted\">{E(CaptureTime.ToIso(incident.StartNs))} – {E(CaptureTime.ToIso(incident.EndNs))} · devices: "));
            html.Append(string.Join(", ", incident.Devices.Select(d => charted.Contains(d) ? $"<a href=\"#device-{E(d)}\">{E(d)}</a>" : known.Contains(d) ? $"<a href=\"#inv-{E(d)}\">{E(d)}</a>" : E(d))));
            html.Append("</p><ol class=\"timeline\">");
            foreach (var alert in incident.Timeline.OrderBy(a => a.TimeNs))
            {
                var end = alert.EndNs > alert.TimeNs ? " – " + CaptureTime.ToIso(alert.EndNs) : "";
                html.Append(Invariant($"<li><b>{E(CaptureTime.ToIso(alert.TimeNs))}{E(end)}</b> {E(alert.Device)}: {E(alert.Model)} <span class=\"score {Level(alert.Score)}\">{alert.Score:F2}</span><br><span class=\"muted\">{E(alert.Summary)}</span></li>"));
            }
            html.Append("</ol></section>");
        }
    }

    private static void AppendConduits(StringBuilder html, IReadOnlyList<ZoneConduit> conduits)
    {
        html.Append("<h2 id=\"conduits\">Zone conduits</h2><p class=\"muted\">Observed traffic between zones, against IEC 62443-3-3 zone and conduit requirements.</p>");
        if (conduits.Count == 0)
        {
            html.Append("<p class=\"muted\">No traffic crossed a zone boundary.</p>");
            return;
        }
        html.Append("<table><thead><tr><th>From</th><th>To</th><th>Services</th><th>Flows</th><th>Failed</th><th>First seen</th><th>Last seen</th><th>Status</th><th>Requirements</th><th>Findings</th></tr></thead><tbody>");
        foreach (var c in conduits)
        {
            html.Append(Invariant($"<tr><td>{E(c.FromZone)}</td><td>{E(c.ToZone)}</td><td>{E(string.Join(" ", c.Services))}</td><td class=\"num\">{c.Flows}</td><td class=\"num\">{c.Failed}</td>"));
            html.Append(Invariant($"<td>{E(c.FirstNs is > 0 and < long.MaxValue ? CaptureTime.ToIso(c.FirstNs) : "")}</td><td>{E(c.LastNs > 0 ? CaptureTime.ToIso(c.LastNs) : "")}</td><td>{E(c.Status)}</td><td>{E(string.Join("; ", c.Requirements))}</td><td>{E(string.Join(" ", c.Findings))}</td></tr>"));
        }
        html.Append("</tbody></table>");
    }

    private static string Level(double score) => score >= 0.9 ? "high" : score >= 0.5 ? "mid" : "low";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Indented(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return JsonSerializer.Serialize(document.RootElement, new JsonSerializerOptions { WriteIndented = true });
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
