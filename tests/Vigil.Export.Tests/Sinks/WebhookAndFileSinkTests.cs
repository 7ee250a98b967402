using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Vigil.Export.Sinks;

namespace Vigil.Export.Tests.Sinks;

/// <summary>The webhook against a real HTTP listener on loopback, and the JSON Lines file.</summary>
public sealed class WebhookAndFileSinkTests
{
    [Fact]
    public async Task The_webhook_posts_a_json_array_and_fails_on_an_error_status()
    {
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var received = Task.Run(async () =>
        {
            var ok = await listener.GetContextAsync();
            using var body = await JsonDocument.ParseAsync(ok.Request.InputStream);
            var copy = body.RootElement.Clone();
            var contentType = ok.Request.ContentType;
            ok.Response.StatusCode = 204;
            ok.Response.Close();
            var refused = await listener.GetContextAsync();
            refused.Response.StatusCode = 503;
            refused.Response.Close();
            return (copy, contentType);
        });
        using var http = new HttpClient();
        await using var sink = new WebhookSink(http, new Uri($"http://127.0.0.1:{port}/vigil"));
        await sink.SendAsync([Alerts.Scan(1), Alerts.Scan(2)]);
        await Assert.ThrowsAsync<HttpRequestException>(() => sink.SendAsync([Alerts.Scan(3)]));

        var (alerts, contentType) = await received;
        Assert.StartsWith("application/json", contentType);
        Assert.Equal(2, alerts.GetArrayLength());
        Assert.Equal(1, alerts[0].GetProperty("id").GetInt64());
        Assert.Equal("10.10.0.66", alerts[0].GetProperty("device").GetString());
        Assert.Equal(10, alerts[0].GetProperty("evidence").GetProperty("failed_attempts").GetInt32());
    }

    [Fact]
    public async Task Json_lines_append_one_object_per_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"vigil-alerts-{Guid.NewGuid():N}.jsonl");
        try
        {
            await using (var sink = new JsonLinesSink(path))
            {
                await sink.SendAsync([Alerts.Scan(1)]);
                await sink.SendAsync([Alerts.Scan(2)]);
            }
            var lines = await File.ReadAllLinesAsync(path);
            Assert.Equal([1L, 2L], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetInt64()));
            Assert.Equal("2024-04-22T02:01:02.500000Z", JsonDocument.Parse(lines[0]).RootElement.GetProperty("time").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
