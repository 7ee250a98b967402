using System.Net;
using System.Text.Json;
using Vigil.Api.Tests.Support;
using Vigil.Contracts.Alerts;
using Vigil.Contracts.Directory;

namespace Vigil.Api.Tests.Api;

/// <summary>The alert log, its live stream, subnets and the network map over HTTP against the ingested scan story.</summary>
public sealed class AlertAndNetworkTests(StoryHostFixture story) : IClassFixture<StoryHostFixture>
{
    private HttpClient Client() => story.Host.Client(TestKeys.Read);

    [Fact]
    public async Task Alerts_are_listed_newest_first_with_evidence_and_filtered_by_model_device_and_time()
    {
        using var client = Client();
        // With the Office and Plant zones the scan raises six breaches (IT→ICS and failed ICS connections among them).
        Assert.Equal(6, story.AlertsRaised);
        // Other tests of the class append alerts of their own (about 10.30.0.9): look at the story's device.
        var all = await client.GetJsonAsync("/api/alerts?device=10.10.0.66");
        // The log lists an update of an alert (the new device's later evidence) as a record of its own.
        Assert.Equal(story.AlertRecords, all.GetProperty("total").GetInt32());
        var items = all.GetProperty("items").EnumerateArray().ToArray();
        Assert.True(items[0].GetProperty("id").GetInt64() > items[1].GetProperty("id").GetInt64());
        Assert.All(items, a =>
        {
            Assert.Equal(JsonValueKind.Object, a.GetProperty("evidence").ValueKind);
            Assert.InRange(a.GetProperty("score").GetDouble(), 0, 1);
        });

        var model = Uri.EscapeDataString(ModelNames.MultipleFailedInternalConnections);
        var byModel = await client.GetJsonAsync($"/api/alerts?model={model}&device=10.10.0.66");
        Assert.Equal([ModelNames.MultipleFailedInternalConnections], byModel.GetProperty("items").Strings("model"));
        Assert.Equal(story.AlertRecords, (await client.GetJsonAsync("/api/alerts?device=10.10.0.66")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await client.GetJsonAsync("/api/alerts?device=10.10.0.1")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await client.GetJsonAsync("/api/alerts?since=2024-04-23T00:00:00Z")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await client.GetJsonAsync("/api/alerts?limit=1")).GetProperty("items").GetArrayLength());

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/alerts?model=Made%20Up")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/alerts?limit=100000")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/alerts/424242")).StatusCode);
    }

    [Fact]
    public async Task Subnets_and_the_conduits_between_them_are_mapped()
    {
        using var client = Client();
        var subnets = await client.GetJsonAsync("/api/subnets");
        Assert.Equal(["10.10.0.0/24", "10.20.0.0/24"], subnets.Strings("subnet"));
        Assert.Equal(9, subnets[0].GetProperty("devices").GetInt32());
        Assert.Equal(10, subnets[1].GetProperty("devices").GetInt32()); // the scanned addresses that answered (tcp/102, REJ)
        Assert.Equal(30, subnets[0].GetProperty("failedAttempts").GetInt64());

        var map = await client.GetJsonAsync("/api/network");
        var conduits = map.GetProperty("conduits").EnumerateArray()
            .Select(c => (From: c.GetProperty("from").GetString(), To: c.GetProperty("to").GetString(), Service: c.GetProperty("service").GetString(),
                Flows: c.GetProperty("flows").GetInt64(), Failed: c.GetProperty("failed").GetInt64()))
            .ToArray();
        // Only flows between devices make conduits: the tcp/502 probes went to addresses that never answered.
        Assert.Equal([("10.10.0.0/24", "10.20.0.0/24", "tcp/102", 10L, 10L)], conduits);
    }

    [Fact]
    public async Task The_stream_delivers_a_new_alert_as_a_server_sent_event()
    {
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/alerts/stream");
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        await using var body = await response.Content.ReadAsStreamAsync();
        using var lines = new StreamReader(body);

        var alert = new Alert
        {
            TimeNs = 1_713_760_000_000_000_000,
            Device = "10.30.0.9",
            Model = ModelNames.NetworkScan,
            Score = 0.97,
            Summary = "test: a new alert while the stream is open",
            EvidenceJson = """{"hosts":30}""",
        };
        var appended = await story.Host.Grains.GetAlertLog().AppendAsync([alert]);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var received = new List<string>();
        // An event ends with a blank line; the opening comment is followed by one too.
        while (!(received.Count > 0 && received[^1].Length == 0 && received.Any(l => l.StartsWith("data:", StringComparison.Ordinal))))
        {
            var line = await lines.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("The stream ended.");
            received.Add(line);
        }
        Assert.Contains("event: alert", received);
        Assert.Contains($"id: {appended[0].Id}", received);
        using var data = JsonDocument.Parse(received.Single(l => l.StartsWith("data:", StringComparison.Ordinal))["data:".Length..]);
        Assert.Equal(ModelNames.NetworkScan, data.RootElement.GetProperty("model").GetString());
        Assert.Equal(30, data.RootElement.GetProperty("evidence").GetProperty("hosts").GetInt32());
    }

    [Fact]
    public async Task The_stream_resumes_after_the_last_event_id()
    {
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/alerts/stream");
        request.Headers.Add("Last-Event-ID", "0");
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var lines = new StreamReader(await response.Content.ReadAsStreamAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var ids = new List<string>();
        while (ids.Count < 2)
        {
            var line = await lines.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("The stream ended.");
            if (line.StartsWith("id: ", StringComparison.Ordinal))
            {
                ids.Add(line[4..]);
            }
        }
        Assert.Equal(["1", "2"], ids);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/alerts/stream?after=x")).StatusCode);
    }
}
