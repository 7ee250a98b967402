using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Vigil.Contracts.Devices;

namespace Vigil.Cluster.Tests.Support;

/// <summary>An Orleans client inside the test, to read device snapshots from whichever silos are alive.</summary>
public sealed class ClusterClient : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterClient(IHost host) => _host = host;

    public IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    public static async Task<ClusterClient> ConnectAsync(string clusterId, params int[] gatewayPorts)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client => client
            .UseStaticClustering([.. gatewayPorts.Select(p => new IPEndPoint(IPAddress.Loopback, p))])
            .Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = "vigil";
            })
            // A call in flight to a silo that was just killed never gets an answer; retry it soon.
            .Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(5)));
        var host = builder.Build();
        await host.StartAsync();
        return new ClusterClient(host);
    }

    /// <summary>Snapshots of <paramref name="devices"/>, retried until every one answers (grains of a dead silo answer once it is declared dead).</summary>
    public async Task<(IReadOnlyList<string> Snapshots, TimeSpan Took)> SnapshotsAsync(IReadOnlyList<string> devices, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var snapshots = await Task.WhenAll(devices.Select(d => Client.GetGrain<IDeviceGrain>(d).GetSnapshotAsync()));
                return ([.. snapshots.Select(Describe)], clock.Elapsed);
            }
            catch (Exception error) when (error is OrleansException or TimeoutException && clock.Elapsed < timeout)
            {
                await Task.Delay(200);
            }
        }
    }

    /// <summary>The parts of a snapshot that come from the stored model.</summary>
    public static string Describe(DeviceSnapshot s) =>
        $"{s.Ip} subnet={s.Subnet} flows={s.Flows} peers={s.Peers} sent={s.BytesSent} received={s.BytesReceived} first={s.FirstSeenNs} last={s.LastSeenNs} alerts={s.Alerts} uses={string.Join(',', s.ServicesUsed)} offers={string.Join(',', s.ServicesOffered)}";

    public async ValueTask DisposeAsync()
    {
        using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _host.StopAsync(quick.Token);
        }
        catch (OperationCanceledException)
        {
            // The gateway may be gone already; nothing to close politely.
        }
        _host.Dispose();
    }
}
