using System.Text.Json;
using Vigil.Contracts.Alerts;
using Vigil.Contracts.Time;

namespace Vigil.Host.Output;

/// <summary>Writes incidents.json: the stories, most significant first, each with its timeline of alerts.</summary>
public static class IncidentLog
{
    public static void Write(string path, IReadOnlyList<Incident> incidents)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var incident in incidents)
        {
            json.WriteStartObject();
            json.WriteString("id", incident.Id);
            json.WriteString("type", incident.Type);
            json.WriteString("title", incident.Title);
            json.WriteString("summary", incident.Summary);
            json.WriteString("start", CaptureTime.ToIso(incident.StartNs));
            json.WriteString("end", CaptureTime.ToIso(incident.EndNs));
            json.WriteNumber("score", incident.Score);
            json.WriteStartArray("devices");
            foreach (var device in incident.Devices)
            {
                json.WriteStringValue(device);
            }
            json.WriteEndArray();
            json.WriteStartArray("timeline");
            foreach (var alert in incident.Timeline)
            {
                json.WriteStartObject();
                AlertLog.WriteAlert(json, alert);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
