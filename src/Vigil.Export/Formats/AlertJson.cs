using System.Text.Json;
using Vigil.Contracts.Alerts;
using Vigil.Contracts.Time;

namespace Vigil.Export.Formats;

/// <summary>An alert as one JSON object (alerts.jsonl's members plus the log id): JSON Lines and webhooks.</summary>
public static class AlertJson
{
    public static void Write(Utf8JsonWriter json, AlertRecord record)
    {
        json.WriteStartObject();
        json.WriteNumber("id", record.Id);
        json.WriteString("time", CaptureTime.ToIso(record.Alert.TimeNs));
        json.WriteString("device", record.Alert.Device);
        json.WriteString("model", record.Alert.Model);
        json.WriteNumber("score", record.Alert.Score);
        json.WriteString("summary", record.Alert.Summary);
        json.WritePropertyName("evidence");
        json.WriteRawValue(string.IsNullOrWhiteSpace(record.Alert.EvidenceJson) ? "{}" : record.Alert.EvidenceJson);
        json.WriteEndObject();
    }

    public static string Format(AlertRecord record)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            Write(json, record);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
