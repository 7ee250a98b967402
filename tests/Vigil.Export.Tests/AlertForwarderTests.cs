using System.Net;
using System.Net.Sockets;
using System.Text;
using Orleans.TestingHost;
using Vigil.Contracts.Directory;
using Vigil.Export.Formats;
using Vigil.Export.Sinks;
using Vigil.Grains;
using Vigil.Host.Silo;

namespace Vigil.Export.Tests;

/// <summary>The forwarder follows a real alert log grain and sends each alert once, in order, to a UDP syslog receiver.</summary>
public sealed class AlertForwarderTests : IAsyncLifetime
{
    private readonly InProcessTestCluster _cluster = new InProcessTestClusterBuilder(1)
        .ConfigureSilo((_, silo) => silo.AddMemoryGrainStorage(StorageNames.Models).AddVigilSerialization())
        .Build();

    public Task InitializeAsync() => _cluster.DeployAsync();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task New_alerts_are_forwarded_once_in_order()
    {
        using var receiver = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var port = ((IPEndPoint)receiver.Client.LocalEndPoint!).Port;
        await using var sink = new UdpSyslogSink("127.0.0.1", port, new Rfc5424Formatter("vigil").Format);
        var log = _cluster.Client.GetAlertLog();
        var forwarder = new AlertForwarder(_cluster.Client, [sink]);

        await log.AppendAsync([Alerts.Scan().Alert, Alerts.Scan().Alert with { Device = "10.10.0.67" }]);
        Assert.Equal(2, await forwarder.ForwardOnceAsync());
        Assert.Equal(0, await forwarder.ForwardOnceAsync());
        await log.AppendAsync([Alerts.Scan().Alert with { Device = "10.10.0.68" }]);
        Assert.Equal(1, await forwarder.ForwardOnceAsync());
        Assert.Equal(3, forwarder.LastId);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var devices = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var message = Encoding.UTF8.GetString((await receiver.ReceiveAsync(timeout.Token)).Buffer);
            devices.Add(message.Split("device=\"")[1].Split('"')[0]);
        }
        Assert.Equal(["10.10.0.66", "10.10.0.67", "10.10.0.68"], devices);
    }
}
