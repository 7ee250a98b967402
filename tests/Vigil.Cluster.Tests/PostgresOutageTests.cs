using System.Diagnostics;
using Npgsql;
using Vigil.Cluster.Database;
using Vigil.Cluster.Tests.Support;
using Vigil.Contracts.Alerts;
using Vigil.Contracts.Directory;
using Vigil.Tests;
using Xunit.Abstractions;

namespace Vigil.Cluster.Tests;

/// <summary>
/// PostgreSQL stops in the middle of an ingest and comes back: the silo keeps its models in memory and
/// says checkpoints are failing, the sensor holds what it cannot deliver in its bounded buffer and says
/// so, and once the server answers again checkpoints resume and the capture is delivered — and published — to its end.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresOutageTests(PostgresServer server, ITestOutputHelper output) : IDisposable
{
    private const string ClusterId = "outage";
    private readonly string _directory = Directory.CreateTempSubdirectory("vigil-outage-").FullName;
    private SiloRunner.Silo? _silo;

    [SkippableFact]
    public async Task Ingest_pauses_while_postgres_is_down_and_checkpoints_resume_after()
    {
        Skip.If(server.Missing is not null, server.Missing);
        var connection = server.NewDatabase();
        await SchemaMigrator.MigrateAsync(connection);
        _silo = new SiloRunner(connection, ClusterId).Start();
        await SiloRunner.WaitActiveAsync(_silo);

        // About 20 s of replay (2 h of capture at 400x).
        var capture = Path.Combine(TestPaths.RepoRoot, "tests", "data", "scan-story.pcap");
        var outputDirectory = Path.Combine(_directory, "sensor");
        using var sensor = VigilProcess.Start(
            ["sensor", "--file", capture, "--learn", "2h", "--speed", "400", "--cluster-id", ClusterId, "--call-timeout", "00:00:04",
             "--buffer-events", "20000", "--gateway", _silo.Gateway, "--out", outputDirectory]);
        // The first progress line comes 10 s in (about 67 min of capture time); the scanner, a device never seen
        // before, turns up about 8 s later — while the server is down, so its grain cannot even load its state.
        await sensor.WaitForAsync("flow events delivered", TimeSpan.FromSeconds(40));

        server.Stop();
        var outage = Stopwatch.StartNew();
        await _silo.Process.WaitForAsync("Checkpoints failing", TimeSpan.FromSeconds(20));
        await Task.Delay(TimeSpan.FromTicks(Math.Max(0, (TimeSpan.FromSeconds(12) - outage.Elapsed).Ticks)));
        Assert.False(sensor.HasExited, $"the sensor ended during the outage:\n{sensor.Output}");
        server.Start();
        var restartedAt = DateTime.UtcNow;
        output.WriteLine($"PostgreSQL was down {outage.Elapsed.TotalSeconds:F1}s");

        Assert.Equal(0, await sensor.WaitForExitAsync(TimeSpan.FromSeconds(90)));
        output.WriteLine(sensor.Output);
        output.WriteLine(_silo.Process.Output);
        await _silo.Process.WaitForAsync("Checkpoints resumed after", TimeSpan.FromSeconds(20));
        Assert.Contains("Cluster call failed", sensor.Output);
        Assert.Matches(@"Cluster reachable again after \d+\.\d+s; \d+ flow events buffered, 0 dropped", sensor.Output);
        Assert.Contains("0 events dropped", sensor.Output);
        Assert.Contains("\"Multiple Failed Internal Connections\"", sensor.Output);
        Assert.False(_silo.Process.HasExited, "the silo died with its database");

        // Checkpoints resumed: device models written after the server came back, the scanner's among them,
        // and its alerts are in the durable store.
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        var updated = await ScalarAsync(db, $"SELECT COUNT(*) FROM orleansstorage WHERE graintypestring = 'device' AND modifiedon > '{restartedAt:O}'::timestamptz");
        Assert.True(updated > 5, $"only {updated} device rows written after recovery");
        // The scanner appeared last; its first checkpoint comes with the next 1 s timer.
        var clock = Stopwatch.StartNew();
        long scanner;
        while ((scanner = await ScalarAsync(db, "SELECT COUNT(*) FROM orleansstorage WHERE graintypestring = 'device' AND grainidextensionstring = '10.10.0.66'")) == 0
            && clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(250);
        }
        Assert.True(scanner == 1, $"{scanner} rows for the scanner");
        var alerts = await ScalarAsync(db, "SELECT COUNT(*) FROM vigil_alerts WHERE device = '10.10.0.66'");
        Assert.True(alerts >= 4, $"{alerts} stored alerts of the scanner");

        // Publishing that failed with the server was resumed, not repeated: the scanner's story is told once,
        // with each stored breach once, and every stored breach names that incident.
        await using var client = await ClusterClient.ConnectAsync(ClusterId, _silo.GatewayPort);
        var story = Assert.Single((await client.Client.GetIncidentLog().QueryAsync(new IncidentQuery { Device = "10.10.0.66" })).Items);
        var told = story.Incident.Timeline.Select(a => $"{a.Device}|{a.Model}|{a.TimeNs}").Order(StringComparer.Ordinal).ToList();
        var stored = new List<string>();
        await using (var command = new NpgsqlCommand("SELECT device, model, time_ns, incident FROM vigil_alerts", db))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                stored.Add($"{reader.GetString(0)}|{reader.GetString(1)}|{reader.GetInt64(2)}");
                Assert.Equal(story.Id, reader.IsDBNull(3) ? null : reader.GetString(3));
            }
        }
        Assert.Equal(stored.Order(StringComparer.Ordinal), told);
    }

    public void Dispose()
    {
        if (!server.IsRunning && server.Missing is null)
        {
            server.Start();
        }
        _silo?.Process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
