using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Api.Tests.Support;
using Vigil.Contracts.Alerts;
using Vigil.Contracts.Directory;

namespace Vigil.Api.Tests.Api;

/// <summary>Incidents over HTTP: published step by step by the ingest, listed, shown with their timeline and devices, acknowledged and commented.</summary>
public sealed class IncidentTests(StoryHostFixture story) : IClassFixture<StoryHostFixture>
{
    private const string Scanner = StoryHostFixture.Scanner;

    [Fact]
    public async Task The_scan_is_one_reconnaissance_incident_and_every_alert_of_it_carries_its_id()
    {
        using var client = story.Host.Client(TestKeys.Read);
        var list = await client.GetJsonAsync($"/api/incidents?device={Scanner}");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var incident = list.GetProperty("items")[0];
        var id = incident.GetProperty("id").GetString()!;
        Assert.Matches("^INC-[0-9]{4}$", id);
        Assert.Equal("reconnaissance", incident.GetProperty("type").GetString());
        Assert.Equal("Network reconnaissance from a new device", incident.GetProperty("title").GetString());
        Assert.StartsWith($"{Scanner}, a device first seen after learning, raised", incident.GetProperty("summary").GetString());
        Assert.Equal(Scanner, incident.GetProperty("devices")[0].GetString());

        var alerts = await client.GetJsonAsync($"/api/alerts?device={Scanner}");
        Assert.Equal(story.AlertRecords, alerts.GetProperty("total").GetInt32());
        Assert.All(alerts.GetProperty("items").EnumerateArray(), a => Assert.Equal(id, a.GetProperty("incident").GetString()));
        Assert.Equal(story.AlertsRaised, incident.GetProperty("alerts").GetInt32());

        var detail = await client.GetJsonAsync($"/api/incidents/{id}");
        var timeline = detail.GetProperty("timeline").EnumerateArray().ToArray();
        Assert.Equal(story.AlertsRaised, timeline.Length);
        Assert.Contains(ModelNames.NetworkScan, timeline.Select(t => t.GetProperty("model").GetString()));
        Assert.Contains(ModelNames.AnomalousItToIcsConnection, timeline.Select(t => t.GetProperty("model").GetString()));
        Assert.All(timeline, t => Assert.Equal(JsonValueKind.Object, t.GetProperty("evidence").ValueKind));
        var devices = detail.GetProperty("devices").EnumerateArray().ToArray();
        Assert.Equal(Scanner, devices[0].GetProperty("ip").GetString());
        Assert.True(devices[0].GetProperty("known").GetBoolean());
        Assert.Equal("it", devices[0].GetProperty("zone").GetString());
        Assert.Contains(devices, d => d.GetProperty("zone").GetString() == "ics"); // the scanned PLC addresses
    }

    [Theory]
    [InlineData("type=espionage", "type")]
    [InlineData("device=not-an-ip", "device")]
    [InlineData("min_score=2", "min_score")]
    [InlineData("acknowledged=maybe", "acknowledged")]
    [InlineData("order=alphabetical", "order")]
    [InlineData("limit=501", "limit")]
    public async Task Bad_filters_get_a_problem_naming_the_parameter(string query, string parameter)
    {
        using var client = story.Host.Client(TestKeys.Read);
        using var response = await client.GetAsync($"/api/incidents?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task Filters_narrow_the_list_and_unknown_or_malformed_ids_are_told_apart()
    {
        using var client = story.Host.Client(TestKeys.Read);
        Assert.Equal(0, (await client.GetJsonAsync("/api/incidents?type=ics_control")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await client.GetJsonAsync("/api/incidents?device=10.10.0.1")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await client.GetJsonAsync("/api/incidents?since=2024-04-23T00:00:00Z")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await client.GetJsonAsync($"/api/incidents?device={Scanner}&min_score=0.9&order=recent")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/incidents/INC-9999")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/incidents/..%2Fsecrets")).StatusCode);
    }

    [Fact]
    public async Task Admins_comment_and_acknowledge_and_read_keys_may_not()
    {
        using var reader = story.Host.Client(TestKeys.Read);
        using var admin = story.Host.Client(TestKeys.Admin);
        var id = (await reader.GetJsonAsync($"/api/incidents?device={Scanner}")).GetProperty("items")[0].GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync($"/api/incidents/{id}/comments", new { text = "mine" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync($"/api/incidents/{id}/ack", new { comment = "mine" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync($"/api/incidents/{id}/comments", new { text = "  " })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync("/api/incidents/INC-9999/comments", new { text = "x" })).StatusCode);

        using var commented = await admin.PostAsJsonAsync($"/api/incidents/{id}/comments", new { text = "Laptop of a contractor; isolated switch port 14." });
        Assert.Equal(HttpStatusCode.OK, commented.StatusCode);
        using var acked = await admin.PostAsJsonAsync($"/api/incidents/{id}/ack", new { comment = "contained" });
        Assert.Equal(HttpStatusCode.OK, acked.StatusCode);

        var detail = await reader.GetJsonAsync($"/api/incidents/{id}");
        var comment = Assert.Single(detail.GetProperty("comments").EnumerateArray());
        Assert.Equal(("admin", "Laptop of a contractor; isolated switch port 14."), (comment.GetProperty("by").GetString(), comment.GetProperty("text").GetString()));
        Assert.Equal("contained", detail.GetProperty("incident").GetProperty("acknowledged").GetProperty("comment").GetString());
        Assert.Equal(0, (await reader.GetJsonAsync($"/api/incidents?device={Scanner}&acknowledged=false")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await reader.GetJsonAsync($"/api/incidents?device={Scanner}&acknowledged=true")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task When_two_stories_join_the_younger_id_answers_with_the_survivor_and_its_comments_are_kept()
    {
        var log = story.Host.Grains.GetIncidentLog();
        Incident Story(string device, long at) => new()
        {
            Id = "x", Type = "remote_access", Title = "Unusual remote access", Summary = device, StartNs = at, EndNs = at, Score = 0.7, Devices = [device],
            Timeline = [new Alert { TimeNs = at, Device = device, Model = ModelNames.UnusualAdminRdpSession, Score = 0.7, Summary = "rdp", EvidenceJson = "{}" }],
        };
        var first = await log.UpsertAsync([new IncidentUpdate { Key = "k-older", Incident = Story("10.99.0.1", 1) }]);
        var second = await log.UpsertAsync([new IncidentUpdate { Key = "k-younger", Incident = Story("10.99.0.2", 2) }]);
        await log.CommentAsync(second["k-younger"], new IncidentComment { By = "admin", AtUnixMs = 5, Text = "seen on the younger" });
        var joined = await log.UpsertAsync([new IncidentUpdate { Key = "k-older", Incident = Story("10.99.0.1", 1), MergedKeys = ["k-younger"] }]);
        Assert.Equal(first["k-older"], joined["k-younger"]);

        using var client = story.Host.Client(TestKeys.Read);
        var detail = await client.GetJsonAsync($"/api/incidents/{second["k-younger"]}");
        Assert.Equal(first["k-older"], detail.GetProperty("incident").GetProperty("id").GetString());
        Assert.Equal([second["k-younger"]], detail.GetProperty("merged").EnumerateArray().Select(m => m.GetString()!).ToArray());
        Assert.Equal("seen on the younger", Assert.Single(detail.GetProperty("comments").EnumerateArray()).GetProperty("text").GetString());
    }
}
