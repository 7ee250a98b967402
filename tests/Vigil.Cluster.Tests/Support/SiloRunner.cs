namespace Vigil.Cluster.Tests.Support;

/// <summary>Starts `vigil silo` processes of one test cluster on fresh loopback ports, tuned to notice a dead silo within seconds.</summary>
/// <param name="settings">More environment for every silo (e.g. <see cref="SiloApiKey.Environment"/> to serve the HTTP API).</param>
public sealed class SiloRunner(string connectionString, string clusterId, IReadOnlyDictionary<string, string>? settings = null)
{
    /// <summary>Failure detection and checkpoints much faster than production, so a test sees failover in seconds.</summary>
    private static readonly Dictionary<string, string> FastFailover = new()
    {
        ["VIGIL_Silo__Membership__ProbeTimeout"] = "00:00:01",
        ["VIGIL_Silo__Membership__NumMissedProbesLimit"] = "2",
        ["VIGIL_Silo__Membership__TableRefreshTimeout"] = "00:00:02",
        ["VIGIL_Silo__Membership__IAmAliveTablePublishTimeout"] = "00:00:05",
        ["VIGIL_Silo__Checkpoint__Interval"] = "00:00:01",
        ["DOTNET_gcServer"] = "0",
    };

    public sealed record Silo(VigilProcess Process, int SiloPort, int GatewayPort, int HttpPort)
    {
        public string Gateway => $"127.0.0.1:{GatewayPort}";
    }

    public Silo Start()
    {
        var siloPort = FreePorts.Next();
        var gatewayPort = FreePorts.Next();
        var httpPort = FreePorts.Next();
        var process = VigilProcess.Start(
        [
            "silo", "--connection", connectionString, "--cluster-id", clusterId, "--advertise", "127.0.0.1",
            "--silo-port", $"{siloPort}", "--gateway-port", $"{gatewayPort}", "--urls", $"http://127.0.0.1:{httpPort}",
        ], settings is null ? FastFailover : FastFailover.Concat(settings).ToDictionary());
        return new Silo(process, siloPort, gatewayPort, httpPort);
    }

    /// <summary>Waits for the silo's "active" line.</summary>
    public static Task WaitActiveAsync(Silo silo) => silo.Process.WaitForAsync("Silo active in cluster", TimeSpan.FromSeconds(60));
}
