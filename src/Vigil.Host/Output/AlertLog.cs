using System.Text.Json;
using Vigil.Contracts.Alerts;
using Vigil.Contracts.Time;

namespace Vigil.Host.Output;

/// <summary>
/// Writes alerts.jsonl: one line per alert with time, device, model, score, summary, evidence, the
/// episode's end (when it lasted), the times it was updated with new evidence, and its incident.
/// Updates are folded into their alert's line (see AlertBook), never lines of their own.
/// </summary>
public sealed class AlertLog(string path) : IDisposable
{
    private readonly JsonLinesFile _file = new(path);

    public void Write(Alert alert) => _file.WriteLine(alert, WriteAlert);

    public void Dispose() => _file.Dispose();

    public static void WriteAlert(Utf8JsonWriter json, Alert alert)
    {
        json.WriteString("time", CaptureTime.ToIso(alert.TimeNs));
        json.WriteString("device", alert.Device);
        json.WriteString("model", alert.Model);
        json.WriteNumber("score", alert.Score);
        json.WriteString("summary", alert.Summary);
        json.WritePropertyName("evidence");
        json.WriteRawValue(alert.EvidenceJson, skipInputValidation: true);
        if (alert.EndNs > alert.TimeNs)
        {
            json.WriteString("end", CaptureTime.ToIso(alert.EndNs));
        }
        if (alert.UpdatesNs.Count > 0)
        {
            json.WriteStartArray("updates");
            foreach (var updateNs in alert.UpdatesNs)
            {
                json.WriteStringValue(CaptureTime.ToIso(updateNs));
            }
            json.WriteEndArray();
        }
        if (alert.Incident is { } incident)
        {
            json.WriteString("incident", incident);
        }
    }
}
