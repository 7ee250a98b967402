using System.Diagnostics;
using System.Text.Json;
using Npgsql;
using Vigil.Cluster.Database;
using Vigil.Cluster.Tests.Support;
using Vigil.Contracts.Alerts;
using Vigil.Contracts.Directory;
using Vigil.Contracts.Time;
using Vigil.Grains.Alerts;
using Vigil.Tests;
using Xunit.Abstractions;

namespace Vigil.Cluster.Tests;

/// <summary>
/// The cluster for real: PostgreSQL, silo processes on loopback ports and a sensor process. One
/// scenario, in the order an operator lives it: ingest with a silo crashing midway, the survivor
/// serving the dead silo's devices from their checkpoints, and the whole cluster restarted.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterTests(PostgresServer server, ITestOutputHelper output) : IDisposable
{
    private const string ClusterId = "itest";
    private readonly string _directory = Directory.CreateTempSubdirectory("vigil-cluster-").FullName;
    private readonly List<SiloRunner.Silo> _silos = [];

    [SkippableFact]
    public async Task Two_silos_survive_a_crash_during_ingest_and_a_full_restart()
    {
        Skip.If(server.Missing is not null, server.Missing);
        var connection = server.NewDatabase();
        await SchemaMigrator.MigrateAsync(connection);
        var silos = new SiloRunner(connection, ClusterId);

        var clock = Stopwatch.StartNew();
        var a = Keep(silos.Start());
        var b = Keep(silos.Start());
        await Task.WhenAll(SiloRunner.WaitActiveAsync(a), SiloRunner.WaitActiveAsync(b));
        output.WriteLine($"two silos active in {clock.Elapsed.TotalSeconds:F1}s");

        // The story spans about 2 h of capture time; at 1500x it takes about 5 s, so a silo can die midway.
        var capture = Path.Combine(TestPaths.RepoRoot, "tests", "data", "scan-story.pcap");
        var outputDirectory = Path.Combine(_directory, "sensor");
        using var sensor = VigilProcess.Start(
            ["sensor", "--file", capture, "--learn", "2h", "--speed", "1500", "--cluster-id", ClusterId, "--call-timeout", "00:00:04", "--gateway", $"{a.Gateway},{b.Gateway}", "--out", outputDirectory]);
        await sensor.WaitForAsync("Connected to cluster", TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(2));
        a.Process.Signal(9);
        var killedAt = Stopwatch.StartNew();
        Assert.Equal(0, await sensor.WaitForExitAsync(TimeSpan.FromSeconds(90)));
        output.WriteLine($"sensor finished {killedAt.Elapsed.TotalSeconds:F1}s after the crash:\n{sensor.Output}");
        Assert.Contains("\"Multiple Failed Internal Connections\"", sensor.Output);
        Assert.Contains("\"Unusual Activity from New Device\"", sensor.Output);
        Assert.Contains("10.10.0.66", File.ReadAllText(Path.Combine(outputDirectory, "alerts.jsonl")));

        var devices = DevicesOf(Path.Combine(outputDirectory, "devices.json"));
        Assert.True(devices.Count > 10, $"only {devices.Count} devices");

        // Alerts are durable, one row per breach, even though the crash made the sensor retry steps.
        var stored = await StoredAlertsAsync(connection);
        Assert.Contains(stored, key => key.StartsWith("10.10.0.66|", StringComparison.Ordinal));
        var reported = File.ReadAllLines(Path.Combine(outputDirectory, "alerts.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(a => $"{a.GetProperty("device").GetString()}|{a.GetProperty("model").GetString()}|{a.GetProperty("time").GetString()}")
            .Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(reported, stored);

        // Checkpoints: every device's model reaches PostgreSQL within the 1 s checkpoint interval.
        await WaitForAsync(async () => await StoredDevicesAsync(connection) >= devices.Count, TimeSpan.FromSeconds(20), "device rows in orleansstorage");

        string[] reference;
        await using (var client = await ClusterClient.ConnectAsync(ClusterId, b.GatewayPort))
        {
            reference = [.. (await client.SnapshotsAsync(devices, TimeSpan.FromSeconds(30))).Snapshots];
        }
        Assert.Contains(reference, s => s.StartsWith("10.10.0.66 ", StringComparison.Ordinal) && s.Contains("alerts=", StringComparison.Ordinal));

        // A step replayed after a failover hands the alert log the same alerts again: none is stored or listed twice.
        await using (var client = await ClusterClient.ConnectAsync(ClusterId, b.GatewayPort))
        {
            var log = client.Client.GetAlertLog();
            var before = await log.QueryAsync(new AlertQuery { Limit = AlertLogGrain.Capacity });
            Assert.NotEmpty(before.Items);
            Assert.Empty(await log.AppendAsync([.. before.Items.Select(r => r.Alert)]));
            Assert.Equal(before.Total, (await log.QueryAsync(new AlertQuery { Limit = 1 })).Total);
            Assert.Equal(stored, await StoredAlertsAsync(connection));
        }

        // The surviving silo's /metrics: Orleans' meters and Vigil's ingest, checkpoint and alert counters.
        using (var http = new HttpClient())
        {
            var metrics = await http.GetStringAsync($"http://127.0.0.1:{b.HttpPort}/metrics");
            Assert.Matches(@"(?m)^vigil_device_steps_total(\{[^}]*\})? [1-9]", metrics);
            Assert.Matches(@"(?m)^vigil_flow_events_total(\{[^}]*\})? [1-9]", metrics);
            Assert.Matches(@"(?m)^vigil_checkpoint_writes_total\{[^}]*grain_type=""device""[^}]*\} [1-9]", metrics);
            Assert.Contains("vigil_alerts_repeated_total", metrics);
            Assert.Matches(@"(?m)^orleans_\w+", metrics);
        }

        // A third silo joins; then the silo that holds every device now crashes too.
        var c = Keep(silos.Start());
        await SiloRunner.WaitActiveAsync(c);
        await Task.Delay(TimeSpan.FromSeconds(2));
        b.Process.Signal(9);
        await using (var client = await ClusterClient.ConnectAsync(ClusterId, c.GatewayPort))
        {
            var (afterCrash, took) = await client.SnapshotsAsync(devices, TimeSpan.FromSeconds(60));
            output.WriteLine($"survivor served all {devices.Count} devices {took.TotalSeconds:F1}s after the crash");
            Assert.Equal(reference, afterCrash);
        }

        // The whole cluster restarts: an orderly stop, then two new silos read every model back.
        c.Process.Signal(15);
        Assert.Equal(0, await c.Process.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("Silo stopped", c.Process.Output);
        var d = Keep(silos.Start());
        var e = Keep(silos.Start());
        await Task.WhenAll(SiloRunner.WaitActiveAsync(d), SiloRunner.WaitActiveAsync(e));
        await using (var client = await ClusterClient.ConnectAsync(ClusterId, d.GatewayPort, e.GatewayPort))
        {
            var (afterRestart, _) = await client.SnapshotsAsync(devices, TimeSpan.FromSeconds(60));
            Assert.Equal(reference, afterRestart);
        }
        using (var health = new HttpClient())
        {
            var body = await health.GetStringAsync($"http://127.0.0.1:{d.HttpPort}/healthz");
            Assert.Contains("\"status\":\"Active\"", body);
        }
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

    private static List<string> DevicesOf(string devicesJson)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(devicesJson));
        var root = document.RootElement;
        var list = root.ValueKind == JsonValueKind.Array ? root : root.GetProperty("devices");
        return [.. list.EnumerateArray().Select(d => d.GetProperty("ip").GetString()!)];
    }

    private static async Task<long> StoredDevicesAsync(string connection)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT COUNT(*) FROM orleansstorage WHERE graintypestring = 'device' AND payloadbinary IS NOT NULL", db);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The stored breaches as device|model|ISO time, sorted.</summary>
    private static async Task<List<string>> StoredAlertsAsync(string connection)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT device, model, time_ns FROM vigil_alerts", db);
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            keys.Add($"{reader.GetString(0)}|{reader.GetString(1)}|{CaptureTime.ToIso(reader.GetInt64(2))}");
        }
        return [.. keys.Order(StringComparer.Ordinal)];
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"no {what} after {timeout}");
            }
            await Task.Delay(250);
        }
    }
}
