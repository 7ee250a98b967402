using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Vigil.Capture;
using Vigil.Contracts.Alerts;
using Vigil.Contracts.Devices;
using Vigil.Host.Ingest;
using Vigil.Host.Network;
using Vigil.Host.Output;
using Vigil.Host.Publishing;

namespace Vigil.Cluster.Sensor;

/// <summary>
/// `vigil sensor`: the capture front-end of `analyze` (<see cref="CaptureFrontEnd"/>, <see cref="StepProcessor"/>
/// and <see cref="PublishingStepProcessor"/>) as an Orleans client of a cluster, so device grains live wherever
/// the cluster put them and the query API sees the devices, incidents and alerts the sensor publishes.
/// Between the reading thread and the cluster sits a <see cref="StepBuffer"/>: when the cluster cannot be
/// reached the step at its head is retried with growing pauses while reading goes on into the buffer,
/// and what the bound forces out is counted and reported.
/// </summary>
public sealed class SensorRunner(SensorOptions options, ILogger logger)
{
    private static readonly TimeSpan FirstRetryPause = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(10);

    /// <summary>Connects to the cluster (retrying until <paramref name="cancellation"/>), then reads <paramref name="source"/> to its end.</summary>
    /// <param name="onAlert">Called for each alert as its step completes, in step order.</param>
    public async Task<SensorResult> RunAsync(IPacketSource source, long? lastPacketNs, Action<Alert>? onAlert, CancellationToken cancellation)
    {
        var buffer = new StepBuffer(options.BufferEvents, options.WhenFull);
        var frontEnd = new CaptureFrontEnd(source, options.Analysis, buffer.Add);
        var result = await RunCoreAsync(buffer, frontEnd.Zones, processor =>
            frontEnd.Pump.Run(first => processor.LearningEndNs = options.Analysis.Learning.EndNs(first, lastPacketNs), null, cancellation),
            frontEnd.SnapshotDevicesAsync, onAlert, cancellation);
        return result with { Packets = frontEnd.Pump.Packets, FlowEvents = frontEnd.Router.EventsRouted };
    }

    /// <summary>
    /// Delivers ready-made steps (the simulator's flow-level estate, <see cref="SimulatedSteps"/>) instead of
    /// a capture; writes alerts but no inventory, which for a scale run would be hundreds of thousands of devices.
    /// </summary>
    public async Task<SensorResult> RunStepsAsync(IEnumerable<CaptureStep> steps, Action<Alert>? onAlert, CancellationToken cancellation)
    {
        long events = 0;
        var buffer = new StepBuffer(options.BufferEvents, options.WhenFull);
        var zones = new ZoneMap(new NetworkMap(options.Analysis.InternalNetworks), options.Analysis.Zones);
        var result = await RunCoreAsync(buffer, zones, processor =>
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

    /// <param name="produce">Fills <paramref name="buffer"/> on a thread of its own; sets the processor's end of learning before the first step.</param>
    /// <param name="inventory">Reads the devices.json inventory at the end, or null for none.</param>
    private async Task<SensorResult> RunCoreAsync(
        StepBuffer buffer, ZoneMap zones, Action<StepProcessor> produce, Func<IGrainFactory, Task<List<DeviceSnapshot>>>? inventory, Action<Alert>? onAlert, CancellationToken cancellation)
    {
        var stopwatch = Stopwatch.StartNew();
        using var host = BuildClient();
        await host.StartAsync(cancellation);
        var grains = host.Services.GetRequiredService<IClusterClient>();
        logger.LogInformation("Connected to cluster {ClusterId} through {Gateways}", options.ClusterId, string.Join(", ", options.Gateways));

        var analysis = options.Analysis;
        Directory.CreateDirectory(analysis.OutputDirectory);
        using var alertLog = new AlertLog(Path.Combine(analysis.OutputDirectory, "alerts.jsonl"));
        var processor = new StepProcessor(grains, zones);
        var publisher = new PublishingStepProcessor(processor, grains);
        var delivery = new Delivery();

        var producer = Task.Factory.StartNew(() =>
        {
            try
            {
                produce(processor);
            }
            finally
            {
                buffer.Complete();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var consumer = DeliverAsync(buffer, processor, publisher, delivery, alert =>
        {
            alertLog.Write(alert);
            onAlert?.Invoke(alert);
        }, cancellation);
        await Task.WhenAll(producer, consumer);
        // The role guesses of the devices active since the last copy, so the directory ends where the ingest did.
        await RetryAsync(buffer, async () =>
        {
            await publisher.FlushAsync();
            return true;
        }, delivery, cancellation);

        var devices = 0;
        if (inventory is not null)
        {
            var snapshots = await inventory(grains);
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

    private async Task DeliverAsync(StepBuffer buffer, StepProcessor processor, PublishingStepProcessor publisher, Delivery delivery, Action<Alert> onAlert, CancellationToken cancellation)
    {
        var progress = Stopwatch.StartNew();
        long eventsAtProgress = 0;
        while (await buffer.PeekAsync(CancellationToken.None) is { } step)
        {
            var judged = await RetryAsync(buffer, () => processor.ProcessAsync(step), delivery, cancellation);
            // Publishing is retried on its own: running the step again would count it twice in every device.
            // The publisher resumes a step it failed to publish, so its incidents take the step's alerts once.
            var alerts = judged is null ? null : await RetryAsync(buffer, () => publisher.PublishAsync(step, judged), delivery, cancellation);
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

    /// <summary>The call's result, or default (null, false) when the sensor is stopping and gave the call up.</summary>
    private async Task<T?> RetryAsync<T>(StepBuffer buffer, Func<Task<T>> call, Delivery delivery, CancellationToken cancellation)
    {
        var pause = FirstRetryPause;
        Stopwatch? outage = null;
        while (true)
        {
            try
            {
                var result = await call();
                if (outage is not null)
                {
                    logger.LogWarning("Cluster reachable again after {Seconds:F1}s; {Buffered} flow events buffered, {Dropped} dropped so far",
                        outage.Elapsed.TotalSeconds, buffer.BufferedEvents, buffer.DroppedEvents);
                }
                return result;
            }
            catch (Exception error) when (ClusterFaults.IsTransient(error))
            {
                if (cancellation.IsCancellationRequested)
                {
                    logger.LogWarning("Stopping with the cluster unreachable: {Events} buffered flow events not delivered", buffer.BufferedEvents);
                    return default;
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

    /// <summary>Counters of the delivering task (one writer).</summary>
    private sealed class Delivery
    {
        public long Steps;
        public long Events;
        public long Retries;
        public List<Alert> Alerts { get; } = [];
    }
}
