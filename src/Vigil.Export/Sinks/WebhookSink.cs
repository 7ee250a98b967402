using System.Net.Http.Headers;
using System.Text.Json;
using Vigil.Contracts.Alerts;
using Vigil.Export.Formats;

namespace Vigil.Export.Sinks;

/// <summary>A webhook: each batch is one HTTP POST of a JSON array of alerts; a non-2xx answer is an error.</summary>
public sealed class WebhookSink(HttpClient http, Uri endpoint) : IAlertSink
{
    public async Task SendAsync(IReadOnlyList<AlertRecord> alerts, CancellationToken cancellation = default)
    {
        using var body = new MemoryStream();
        using (var json = new Utf8JsonWriter(body))
        {
            json.WriteStartArray();
            foreach (var alert in alerts)
            {
                AlertJson.Write(json, alert);
            }
            json.WriteEndArray();
        }
        using var content = new ByteArrayContent(body.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await http.PostAsync(endpoint, content, cancellation);
        response.EnsureSuccessStatusCode();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
