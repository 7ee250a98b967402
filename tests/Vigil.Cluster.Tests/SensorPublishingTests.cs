using System.Text.Json;
using Vigil.Cluster.Database;
using Vigil.Cluster.Tests.Support;
using Vigil.Contracts.Alerts;
using Vigil.Tests;
using Xunit.Abstractions;

namespace Vigil.Cluster.Tests;

/// <summary>
/// What an analyst sees of a cluster fed by a sensor: the sensor publishes each step as `analyze` does
/// (directory with zones, incidents, alerts with their incident ids), so the HTTP API of a silo — here
/// not the one the sensor talks to — tells the same stories `vigil analyze` tells of the same capture.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SensorPublishingTests(PostgresServer server, ITestOutputHelper output) : IDisposable
{
    private const string ClusterId = "publish";
    private const string Scanner = "10.10.0.66";
    private readonly string _directory = Directory.CreateTempSubdirectory("vigil-publish-").FullName;
    private readonly List<SiloRunner.Silo> _silos = [];

    [SkippableFact]
    public async Task The_api_of_a_cluster_fed_by_a_sensor_serves_the_incidents_alerts_and_devices_that_analyze_reports()
    {
        Skip.If(server.Missing is not null, server.Missing);
        var connection = server.NewDatabase();
        await SchemaMigrator.MigrateAsync(connection);
        var key = new SiloApiKey();
        var silos = new SiloRunner(connection, ClusterId, key.Environment);
        var a = Keep(silos.Start());
        var b = Keep(silos.Start());

        // Configured zones, so the scan from the office into the plant crosses a zone boundary.
        var zones = Path.Combine(_directory, "zones.json");
        await File.WriteAllTextAsync(zones, """
            [{"name": "Office", "role": "it", "cidrs": ["10.10.0.0/24"]}, {"name": "Plant", "role": "ics", "cidrs": ["10.20.0.0/24"]}]
            """);
        var capture = Path.Combine(TestPaths.RepoRoot, "tests", "data", "scan-story.pcap");
        string[] common = ["--learn", "2h", "--zones", zones];

        // The reference: `vigil analyze` of the same capture (it runs while the silos start).
        var analyzed = Path.Combine(_directory, "analyze");
        using (var analyze = VigilProcess.Start(["analyze", capture, .. common, "--out", analyzed]))
        {
            Assert.Equal(0, await analyze.WaitForExitAsync(TimeSpan.FromSeconds(120)));
        }
        var expected = ReadIncidents(Path.Combine(analyzed, "incidents.json"));
        Assert.Contains(expected, i => i.Devices[0] == Scanner);

        await Task.WhenAll(SiloRunner.WaitActiveAsync(a), SiloRunner.WaitActiveAsync(b));
        var sensed = Path.Combine(_directory, "sensor");
        using (var sensor = VigilProcess.Start(["sensor", "--file", capture, .. common, "--cluster-id", ClusterId, "--gateway", a.Gateway, "--out", sensed]))
        {
            Assert.Equal(0, await sensor.WaitForExitAsync(TimeSpan.FromSeconds(120)));
            output.WriteLine(sensor.Output);
        }
        // The sensor's own output carries the incident ids the cluster gave.
        var sensorAlerts = File.ReadAllLines(Path.Combine(sensed, "alerts.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.NotEmpty(sensorAlerts);
        Assert.All(sensorAlerts, alert => Assert.Matches("^INC-[0-9]{4}$", alert.GetProperty("incident").GetString()));

        // The API is served by the silo the sensor did not connect to.
        using var http = key.Client(b);
        var incidents = await GetJsonAsync(http, "/api/incidents?limit=500");
        Assert.Equal(expected.Count, incidents.GetProperty("total").GetInt32());
        foreach (var incident in incidents.GetProperty("items").EnumerateArray())
        {
            var id = incident.GetProperty("id").GetString()!;
            var reference = Assert.Single(expected, e => e.Id == id);
            Assert.Equal(reference.Title, incident.GetProperty("title").GetString());
            Assert.Equal(reference.Summary, incident.GetProperty("summary").GetString());
            Assert.Equal(reference.Devices, Strings(incident.GetProperty("devices")));
            Assert.Equal(reference.Breaches.Count, incident.GetProperty("alerts").GetInt32());

            var detail = await GetJsonAsync(http, $"/api/incidents/{id}");
            var timeline = detail.GetProperty("timeline").EnumerateArray().Select(t => Breach(t.GetProperty("device").GetString()!, t.GetProperty("model").GetString()!, t.GetProperty("time").GetString()!));
            // The API lists a timeline in time order, incidents.json in the order the breaches were raised.
            Assert.Equal(reference.Breaches.Order(StringComparer.Ordinal), timeline.Order(StringComparer.Ordinal));
            // The devices involved: the story's own first, then the peers its alerts name.
            Assert.Equal(reference.Devices, detail.GetProperty("devices").EnumerateArray().Select(d => d.GetProperty("ip").GetString()!).Take(reference.Devices.Length));
        }

        // The scanner's story: the devices involved with their identity and configured zones.
        var story = Assert.Single(expected, e => e.Devices[0] == Scanner);
        var scanStory = await GetJsonAsync(http, $"/api/incidents/{story.Id}");
        Assert.Equal("reconnaissance", scanStory.GetProperty("incident").GetProperty("type").GetString());
        Assert.Contains(ModelNames.NetworkScan, scanStory.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("model").GetString()));
        var involved = scanStory.GetProperty("devices").EnumerateArray().ToArray();
        Assert.True(involved[0].GetProperty("known").GetBoolean());
        Assert.Equal("it", involved[0].GetProperty("zone").GetString());
        Assert.Contains(involved, d => d.GetProperty("zone").GetString() == "ics");

        // Every alert of the log carries the id of the incident analyze put it in; the log also keeps the
        // updates of an alert (a new device's new evidence) as records of their own, under the alert's time.
        var incidentOf = expected.SelectMany(e => e.Breaches.Select(b => (Breach: b, e.Id))).ToDictionary(p => p.Breach, p => p.Id);
        var alerts = await GetJsonAsync(http, "/api/alerts?limit=500");
        Assert.Equal(incidentOf.Count, alerts.GetProperty("items").EnumerateArray().Count(a => !a.GetProperty("isUpdate").GetBoolean()));
        foreach (var alert in alerts.GetProperty("items").EnumerateArray())
        {
            var breach = Breach(alert.GetProperty("device").GetString()!, alert.GetProperty("model").GetString()!, alert.GetProperty("time").GetString()!);
            Assert.Equal(incidentOf[breach], alert.GetProperty("incident").GetString());
        }

        // The attacker as a device query answers it: known, in its configured zone, with its alerts.
        var attacker = await GetJsonAsync(http, $"/api/devices/{Scanner}");
        Assert.Equal(Scanner, attacker.GetProperty("ip").GetString());
        Assert.Equal(("it", "Office"), (attacker.GetProperty("zone").GetString(), attacker.GetProperty("zoneName").GetString()));
        Assert.True(attacker.GetProperty("alerts").GetInt32() > 0); // its grain's own breaches; the Network Scan is the subnet grain's
        var attackerAlerts = await GetJsonAsync(http, $"/api/devices/{Scanner}/alerts");
        Assert.Equal(story.Breaches.Count(b => b.StartsWith(Scanner + "|", StringComparison.Ordinal)),
            attackerAlerts.GetProperty("items").EnumerateArray().Count(a => !a.GetProperty("isUpdate").GetBoolean()));
        Assert.All(attackerAlerts.GetProperty("items").EnumerateArray(), a => Assert.Equal(story.Id, a.GetProperty("incident").GetString()));
        Assert.True((await GetJsonAsync(http, "/api/devices?zone=ics")).GetProperty("total").GetInt32() > 0);
    }

    public void Dispose()
    {
        foreach (var silo in _silos)
        {
            silo.Process.Dispose();
        }
        Directory.Delete(_directory, recursive: true);
    }

    private SiloRunner.Silo Keep(SiloRunner.Silo silo)
    {
        _silos.Add(silo);
        return silo;
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    private static string Breach(string device, string model, string time) => $"{device}|{model}|{time}";

    private sealed record ExpectedIncident(string Id, string Title, string Summary, string[] Devices, IReadOnlyList<string> Breaches);

    private static List<ExpectedIncident> ReadIncidents(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return [.. document.RootElement.EnumerateArray().Select(i => new ExpectedIncident(
            i.GetProperty("id").GetString()!,
            i.GetProperty("title").GetString()!,
            i.GetProperty("summary").GetString()!,
            Strings(i.GetProperty("devices")),
            [.. i.GetProperty("timeline").EnumerateArray().Select(t => Breach(t.GetProperty("device").GetString()!, t.GetProperty("model").GetString()!, t.GetProperty("time").GetString()!))]))];
    }
}
