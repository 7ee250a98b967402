using Orleans.Core.Internal;
using Vigil.Contracts.Alerts;
using Vigil.Contracts.Devices;
using Vigil.Contracts.Flows;
using Vigil.Contracts.Subnets;
using Vigil.Host.Ingest;

namespace Vigil.Grains.Tests;

/// <summary>Device and subnet grains on a real cluster, driven step by step as the capture front-end drives them.</summary>
public sealed class StepProcessorTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private const long Second = 1_000_000_000L;
    private const long Hour = 3600 * Second;
    private const string Subnet = "10.9.0.0/24";

    [Fact]
    public async Task Established_devices_teach_the_subnet_and_a_new_scanning_device_is_alerted()
    {
        // Unique addresses per test: the cluster is shared by the class.
        var processor = new StepProcessor(fixture.Grains) { LearningEndNs = 2 * Hour };
        for (var hour = 0; hour < 2; hour++)
        {
            var devices = Enumerable.Range(1, 6).Select(d => new DeviceEvents($"10.9.0.{d}", Subnet,
                [Flow(hour * Hour + d * Second, $"10.9.0.{d}", "10.9.0.200", 445, "SF"), Flow(hour * Hour + d * Second + 1, $"10.9.0.{d}", "10.9.0.201", 53, "SF")]));
            var alerts = await processor.ProcessAsync(new CaptureStep((hour + 1) * Hour, [.. devices], 12));
            Assert.Empty(alerts);
        }

        var profile = await fixture.Grains.GetGrain<ISubnetGrain>(Subnet).GetProfileAsync();
        Assert.Equal(6, profile.EstablishedDevices);
        Assert.Equal(2, profile.MeanDailyPeers);
        Assert.Equal(6, profile.ServiceClients["tcp/445"]);

        var scan = Enumerable.Range(1, 40).Select(i => Flow(3 * Hour + i * Second, "10.9.0.66", $"10.9.1.{i}", 502, i % 3 == 0 ? "REJ" : "S0")).ToList();
        var scanAlerts = await processor.ProcessAsync(new CaptureStep(3 * Hour + Hour, [new DeviceEvents("10.9.0.66", Subnet, scan)], scan.Count));

        // The scan is reported by the subnet grain, then updated with its end once it has gone quiet.
        Assert.Equal([ModelNames.MultipleFailedInternalConnections, ModelNames.NetworkScan, ModelNames.NetworkScan, ModelNames.UnusualActivityFromNewDevice], scanAlerts.Select(a => a.Model).Order(StringComparer.Ordinal));
        Assert.Equal([false, true], scanAlerts.Where(a => a.Model == ModelNames.NetworkScan).Select(a => a.IsUpdate));
        Assert.All(scanAlerts, a => Assert.Equal("10.9.0.66", a.Device));
        Assert.Equal(scanAlerts.OrderBy(a => a.TimeNs).ThenBy(a => a.Model, StringComparer.Ordinal).Select(a => (a.TimeNs, a.Model)), scanAlerts.Select(a => (a.TimeNs, a.Model)));

        var snapshot = await fixture.Grains.GetGrain<IDeviceGrain>("10.9.0.66").GetSnapshotAsync();
        Assert.Equal(40, snapshot.Peers);
        Assert.Equal(2, snapshot.Alerts);
        var history = await fixture.Grains.GetGrain<IDeviceGrain>("10.9.0.66").GetRecentConnectionsAsync(5);
        Assert.Equal(["10.9.1.36", "10.9.1.37", "10.9.1.38", "10.9.1.39", "10.9.1.40"], history.Select(h => h.Peer));
    }

    [Fact]
    public async Task Device_state_survives_deactivation_through_the_serializer()
    {
        var processor = new StepProcessor(fixture.Grains) { LearningEndNs = long.MaxValue };
        var events = Enumerable.Range(1, 3).Select(i => Flow(i * Second, "10.9.5.1", $"10.9.5.{10 + i}", 502, "SF")).ToList();
        await processor.ProcessAsync(new CaptureStep(Hour, [new DeviceEvents("10.9.5.1", "10.9.5.0/24", events)], 3));
        var grain = fixture.Grains.GetGrain<IDeviceGrain>("10.9.5.1");
        var before = await grain.GetSnapshotAsync();

        // Deactivation checkpoints the state; the next call activates the grain again from storage.
        await grain.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        await Task.Delay(200);
        var after = await grain.GetSnapshotAsync();

        Assert.Equal(3, after.Flows);
        Assert.Equal(before.ServicesUsed, after.ServicesUsed);
        Assert.Equal(before.FirstSeenNs, after.FirstSeenNs);
        Assert.Equal(3, (await grain.GetRecentConnectionsAsync(10)).Count);
    }

    private static FlowEvent Flow(long t, string orig, string resp, ushort port, string state) => new()
    {
        StartNs = t,
        EndNs = t + 1000,
        Orig = orig,
        OrigPort = 50000,
        Resp = resp,
        RespPort = port,
        Protocol = 6,
        State = state,
        OrigPkts = 2,
        RespPkts = state == "S0" ? 0 : 2,
        IsFirst = true,
        IsFinal = true,
        OrigInternal = true,
        RespInternal = true,
    };
}
