using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Vigil.Capture;
using Vigil.Capture.Decoding;
using Vigil.Contracts.Alerts;
using Vigil.Contracts.Devices;
using Vigil.Contracts.Directory;
using Vigil.Flows;
using Vigil.Host.Ingest;
using Vigil.Host.Network;
using Vigil.Host.Output;
using Vigil.Host.Publishing;

namespace Vigil.Cluster.Sensor;

/// <summary>
/// `vigil sensor`: the capture front-end of `analyze` (<see cref="PacketPump"/>, <see cref="FlowEventRouter"/>,
/// <see cref="StepProcessor"/>) as an Orleans client of a cluster, so device grains live wherever the
/// cluster put them. Between the reading thread and the cluster sits a <see cref="StepBuffer"/>: when
/// the cluster cannot be reached the step at its head is retried with growing pauses while reading
/// goes on into the buffer, and what the bound forces out is counted and reported.
/// </summary>
public sealed class SensorRunner(SensorOptions options, ILogger logger)
{
    private static readonly TimeSpan FirstRetryPause = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(10);

    /// <summary>Connects to the cluster (retrying until <paramref name="cancellation"/>), then reads <paramref name="source"/> to its end.</summary>
    /// <param name="onAlert">Called for each alert as its step completes, in step order.</param>
    public async Task<SensorResult> RunAsync(IPacketSource source, long? lastPacketNs, Action<Alert>? onAlert, CancellationToken cancellation)
    {
        var analysis = options.Analysis;
        var network = new NetworkMap(analysis.InternalNetworks);
        FlowEventRouter? router = null;
        PacketPump? pump = null;
        var result = await RunCoreAsync(network, (buffer, processor) =>
        {
            router = new FlowEventRouter(network, analysis.Step, buffer.Add);
            pump = new PacketPump(source, new FlowTracker(IngestDefaults.Tracker(analysis.MaxFlows), router), router);
            pump.Run(first => processor.LearningEndNs = analysis.Learning.EndNs(first, lastPacketNs), null, cancellation);
        }, () => router!.Devices.Keys, onAlert, cancellation);
        return result with { Packets = pump!.Packets, FlowEvents = router!.EventsRouted };
    }

    /// <summary>
    /// Delivers ready-made steps (the simulator's flow-level estate, <see cref="SimulatedSteps"/>) instead of
    /// a capture; writes alerts but no inventory, which for a scale run would be hundreds of thousands of devices.
    /// </summary>
    public async Task<SensorResult> RunStepsAsync(IEnumerable<CaptureStep> steps, Action<Alert>? onAlert, CancellationToken cancellation)
    {
        long events = 0;
        var result = await RunCoreAsync(new NetworkMap(options.Analysis.InternalNetworks), (buffer, processor) =>
        {
            foreach (var step in steps)
            {
                if (cancellation.IsCancellationRequested)
                {
                    break;
                }
                if (processor.LearningEndNs == long.MaxValue)
                {
                    processor.LearningEndNs = options.Analysis.Learning.EndNs(step.StepEndNs, null);
                }
                events += step.EventCount;
                buffer.Add(step);
            }
        }, null, onAlert, cancellation);
        return result with { FlowEvents = events };
    }

    private async Task<SensorResult> RunCoreAsync(
        NetworkMap network, Action<StepBuffer, StepProcessor> produce, Func<IEnumerable<string>>? inventory, Action<Alert>? onAlert, CancellationToken cancellation)
    {
        var stopwatch = Stopwatch.StartNew();
        using var host = BuildClient();
        await host.StartAsync(cancellation);
        var grains = host.Services.GetRequiredService<IClusterClient>();
        logger.LogInformation("Connected to cluster {ClusterId} through {Gateways}", options.ClusterId, string.Join(", ", options.Gateways));

        var analysis = options.Analysis;
        Directory.CreateDirectory(analysis.OutputDirectory);
        using var alertLog = new AlertLog(Path.Combine(analysis.OutputDirectory, "alerts.jsonl"));
        var buffer = new StepBuffer(options.BufferEvents, options.WhenFull);
        var processor = new StepProcessor(grains, new ZoneMap(network, analysis.Zones));
        var delivery = new Delivery();

        var producer = Task.Factory.StartNew(() =>
        {
            try
            {
                produce(buffer, processor);
            }
            finally
            {
                buffer.Complete();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var consumer = DeliverAsync(grains, buffer, processor, delivery, alert =>
        {
            alertLog.Write(alert);
            onAlert?.Invoke(alert);
        }, cancellation);
        await Task.WhenAll(producer, consumer);

        var devices = 0;
        if (inventory is not null)
        {
            var snapshots = await SnapshotDevicesAsync(grains, inventory());
            DeviceInventory.Write(Path.Combine(analysis.OutputDirectory, "devices.json"), snapshots);
            devices = snapshots.Count;
        }
        if (buffer.DroppedEvents > 0)
        {
            logger.LogWarning("Dropped {Events} flow events in {Steps} steps while the cluster was unreachable (buffer bound {Bound} events)",
                buffer.DroppedEvents, buffer.DroppedSteps, options.BufferEvents);
        }
        await host.StopAsync(CancellationToken.None);
        return new SensorResult
        {
            StepsDelivered = delivery.Steps,
            EventsDelivered = delivery.Events,
            Devices = devices,
            Alerts = delivery.Alerts,
            DroppedSteps = buffer.DroppedSteps,
            DroppedEvents = buffer.DroppedEvents,
            Retries = delivery.Retries,
            Elapsed = stopwatch.Elapsed,
        };
    }

    private async Task DeliverAsync(IGrainFactory grains, StepBuffer buffer, StepProcessor processor, Delivery delivery, Action<Alert> onAlert, CancellationToken cancellation)
    {
        var progress = Stopwatch.StartNew();
        long eventsAtProgress = 0;
        while (await buffer.PeekAsync(CancellationToken.None) is { } step)
        {
            var judged = await RetryAsync(buffer, () => processor.ProcessAsync(step), delivery, cancellation);
            // Publishing is retried on its own: running the step again would count it twice in every device.
            var alerts = judged is null ? null : await RetryAsync(buffer, () => PublishAsync(grains, step, judged), delivery, cancellation);
            buffer.Remove(step);
            if (alerts is null)
            {
                continue;
            }
            delivery.Steps++;
            delivery.Events += step.EventCount;
            foreach (var alert in alerts)
            {
                delivery.Alerts.Add(alert);
                onAlert(alert);
            }
            if (progress.Elapsed >= ProgressEvery)
            {
                logger.LogInformation("{Events} flow events delivered ({Rate:F0}/s), {Buffered} buffered, {Alerts} alerts",
                    delivery.Events, (delivery.Events - eventsAtProgress) / progress.Elapsed.TotalSeconds, buffer.BufferedEvents, delivery.Alerts.Count);
                eventsAtProgress = delivery.Events;
                progress.Restart();
            }
        }
    }

    /// <summary>
    /// Tells the estate-wide grains what the step brought (as <see cref="PublishingStepProcessor"/> does):
    /// its devices to the directory, its alerts to the alert log, which stores them durably and answers with
    /// the ones it did not already hold — those are the step's alerts from here on.
    /// </summary>
    private static async Task<IReadOnlyList<Alert>> PublishAsync(IGrainFactory grains, CaptureStep step, IReadOnlyList<Alert> alerts)
    {
        var register = grains.GetDeviceDirectory().RegisterAsync(DirectoryUpdateBuilder.From(step));
        IReadOnlyList<Alert> stored = alerts.Count == 0 ? [] : [.. (await grains.GetAlertLog().AppendAsync(alerts)).Select(r => r.Alert)];
        await register;
        return stored;
    }

    /// <summary>The call's result, or null when the sensor is stopping and gave the step up.</summary>
    private async Task<IReadOnlyList<Alert>?> RetryAsync(StepBuffer buffer, Func<Task<IReadOnlyList<Alert>>> call, Delivery delivery, CancellationToken cancellation)
    {
        var pause = FirstRetryPause;
        Stopwatch? outage = null;
        while (true)
        {
            try
            {
                var alerts = await call();
                if (outage is not null)
                {
                    logger.LogWarning("Cluster reachable again after {Seconds:F1}s; {Buffered} flow events buffered, {Dropped} dropped so far",
                        outage.Elapsed.TotalSeconds, buffer.BufferedEvents, buffer.DroppedEvents);
                }
                return alerts;
            }
            catch (Exception error) when (ClusterFaults.IsTransient(error))
            {
                if (cancellation.IsCancellationRequested)
                {
                    logger.LogWarning("Stopping with the cluster unreachable: {Events} buffered flow events not delivered", buffer.BufferedEvents);
                    return null;
                }
                if (outage is null)
                {
                    outage = Stopwatch.StartNew();
                    // A retried step may reach some device grains twice; their models absorb one step's double count.
                    logger.LogWarning("Cluster call failed ({Error}); buffering up to {Bound} flow events and retrying",
                        ClusterFaults.Describe(error), buffer.CapacityEvents);
                }
                delivery.Retries++;
                await Task.Delay(pause, CancellationToken.None);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, options.LongestRetryPause.Ticks));
            }
        }
    }

    private IHost BuildClient()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client =>
        {
            client.UseStaticClustering([.. options.Gateways]);
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = options.ClusterId;
                o.ServiceId = options.ServiceId;
            });
            // Look at gateways that failed again soon: a restarted silo should be used within seconds.
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = options.CallTimeout);
            client.UseConnectionRetryFilter(async (error, token) =>
            {
                logger.LogWarning("Cluster {ClusterId} not reachable through {Gateways} ({Error}); retrying", options.ClusterId, string.Join(", ", options.Gateways), ClusterFaults.Describe(error));
                await Task.Delay(TimeSpan.FromSeconds(1), token);
                return !token.IsCancellationRequested;
            });
        });
        return builder.Build();
    }

    private static async Task<List<DeviceSnapshot>> SnapshotDevicesAsync(IGrainFactory grains, IEnumerable<string> devices)
    {
        var ordered = devices.Select(d => (Text: d, Address: NetAddress.Parse(d))).OrderBy(d => d.Address).Select(d => d.Text).ToArray();
        var snapshots = new List<DeviceSnapshot>(ordered.Length);
        foreach (var chunk in ordered.Chunk(1024))
        {
            snapshots.AddRange(await Task.WhenAll(chunk.Select(d => grains.GetGrain<IDeviceGrain>(d).GetSnapshotAsync())));
        }
        return snapshots;
    }

    /// <summary>Counters of the delivering task (one writer).</summary>
    private sealed class Delivery
    {
        public long Steps;
        public long Events;
        public long Retries;
        public List<Alert> Alerts { get; } = [];
    }
}
