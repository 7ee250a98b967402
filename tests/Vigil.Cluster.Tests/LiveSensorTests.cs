using System.Diagnostics;
using System.Text.Json;
using Npgsql;
using Vigil.Cluster.Database;
using Vigil.Cluster.Tests.Support;
using Vigil.Tests;
using Xunit.Abstractions;

namespace Vigil.Cluster.Tests;

/// <summary>
/// `vigil sensor --interface` on a real interface into a one-silo cluster: a veth pair whose one end is
/// moved into a network namespace made for the test, where tcpreplay sends a capture; the other end
/// stays in this namespace without an address (so nothing here answers or routes through it) and the
/// sensor captures on it, next to the silo and PostgreSQL on loopback.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class LiveSensorTests(PostgresServer server, ITestOutputHelper output) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("vigil-live-sensor-").FullName;
    private readonly string _suffix = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
    private SiloRunner.Silo? _silo;
    private string Namespace => $"vigS{_suffix}";
    private string ReplayEnd => $"vsa{_suffix}";
    private string CaptureEnd => $"vsb{_suffix}";

    [SkippableFact]
    public async Task A_live_sensor_feeds_the_cluster_from_a_veth()
    {
        Skip.If(server.Missing is not null, server.Missing);
        Skip.IfNot(Environment.UserName == "root", "Skipped: live capture in network namespaces needs root.");
        Skip.If(Which("ip") is null || Which("tcpreplay") is null, "Skipped: needs iproute2 (ip) and tcpreplay.");
        var connection = server.NewDatabase();
        await SchemaMigrator.MigrateAsync(connection);
        _silo = new SiloRunner(connection, "live").Start();
        SetUpVeth();
        await SiloRunner.WaitActiveAsync(_silo);

        var outputDirectory = Path.Combine(_directory, "sensor");
        using var sensor = VigilProcess.Start(
            ["sensor", "--interface", CaptureEnd, "--filter", "ip", "--learn", "0s", "--cluster-id", "live", "--gateway", _silo.Gateway, "--out", outputDirectory]);
        await sensor.WaitForAsync("Connected to cluster", TimeSpan.FromSeconds(60));
        await Task.Delay(1000); // the capture handle opens as the sensor starts reading; give libpcap a moment

        // Live capture stamps frames with their arrival, so the story's two hours arrive in a moment: one step.
        var capture = Path.Combine(TestPaths.RepoRoot, "tests", "data", "scan-story.pcap");
        Run("ip", "netns", "exec", Namespace, "tcpreplay", "--pps", "20000", "-q", "-i", ReplayEnd, capture);
        await Task.Delay(TimeSpan.FromSeconds(12)); // past the step (10 s) so the flows are cut and sent
        sensor.Signal(2);
        Assert.Equal(0, await sensor.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        output.WriteLine(sensor.Output);
        Assert.Matches(@"sensor done: 2,3\d\d packets", sensor.Output);

        using var devices = JsonDocument.Parse(File.ReadAllText(Path.Combine(outputDirectory, "devices.json")));
        var ips = devices.RootElement.EnumerateArray().Select(d => d.GetProperty("ip").GetString()).ToList();
        Assert.Contains("10.10.0.66", ips);
        Assert.True(ips.Count > 10, $"only {ips.Count} devices");

        // The models live in the cluster: the silo checkpoints them to PostgreSQL.
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        var clock = Stopwatch.StartNew();
        long stored;
        while ((stored = await CountAsync(db)) < ips.Count && clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(250);
        }
        Assert.True(stored >= ips.Count, $"{stored} of {ips.Count} devices stored");
    }

    public void Dispose()
    {
        // Deleting the namespace deletes the end inside it, and with it the pair.
        TryRun("ip", "netns", "del", Namespace);
        TryRun("ip", "link", "del", CaptureEnd);
        _silo?.Process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private static async Task<long> CountAsync(NpgsqlConnection db)
    {
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM orleansstorage WHERE graintypestring = 'device'", db);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private void SetUpVeth()
    {
        Run("ip", "netns", "add", Namespace);
        Run("ip", "link", "add", ReplayEnd, "type", "veth", "peer", "name", CaptureEnd);
        Run("ip", "link", "set", ReplayEnd, "netns", Namespace);
        Run("ip", "-n", Namespace, "link", "set", ReplayEnd, "up");
        // No address and no IPv6 on the capturing end: this namespace neither answers the replayed frames nor routes anything through it.
        Run("sysctl", "-q", "-w", $"net.ipv6.conf.{CaptureEnd}.disable_ipv6=1");
        Run("ip", "link", "set", CaptureEnd, "up");
    }

    private static void Run(string file, params string[] args)
    {
        using var process = Start(file, args);
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} failed: {error}");
    }

    private static void TryRun(string file, params string[] args)
    {
        using var process = Start(file, args);
        process.WaitForExit();
    }

    private static Process Start(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        return Process.Start(start)!;
    }

    private static string? Which(string tool) =>
        Environment.GetEnvironmentVariable("PATH")?.Split(':').Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists);
}
