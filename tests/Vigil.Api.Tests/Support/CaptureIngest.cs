using System.Threading.Channels;
using Vigil.Capture.Files;
using Vigil.Flows;
using Vigil.Host.Ingest;
using Vigil.Host.Network;
using Vigil.Host.Publishing;

namespace Vigil.Api.Tests.Support;

/// <summary>
/// The capture front-end of `vigil analyze` pointed at an existing cluster: reads a capture, routes
/// its flows in steps to the grains, and publishes devices and alerts as a silo host's ingest does.
/// Returns the breaches raised and the updates of them (the alert log lists both).
/// </summary>
internal static class CaptureIngest
{
    public static async Task<(int Breaches, int Updates)> RunAsync(string path, IGrainFactory grains, TimeSpan learning, IReadOnlyList<ZoneDefinition>? zones = null, CancellationToken cancellation = default)
    {
        using var reader = CaptureFileReader.Open(path);
        var steps = Channel.CreateBounded<CaptureStep>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
        var network = new NetworkMap();
        var router = new FlowEventRouter(network, TimeSpan.FromSeconds(10), step =>
        {
            while (!steps.Writer.TryWrite(step))
            {
                steps.Writer.WaitToWriteAsync().AsTask().GetAwaiter().GetResult();
            }
        });
        var tracker = new FlowTracker(FlowTrackerOptions.Default, router);
        var pump = new PacketPump(reader, tracker, router);
        var processor = new StepProcessor(grains, new ZoneMap(network, zones));
        var publisher = new PublishingStepProcessor(processor, grains);
        int breaches = 0, updates = 0;
        var consumer = Task.Run(async () =>
        {
            await foreach (var step in steps.Reader.ReadAllAsync(CancellationToken.None))
            {
                var alerts = await publisher.ProcessAsync(step);
                updates += alerts.Count(a => a.IsUpdate);
                breaches += alerts.Count(a => !a.IsUpdate);
            }
        }, CancellationToken.None);
        var producer = Task.Factory.StartNew(() =>
        {
            try
            {
                pump.Run(first => processor.LearningEndNs = first + learning.Ticks * 100, null, cancellation);
            }
            finally
            {
                steps.Writer.Complete();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        await Task.WhenAll(producer, consumer);
        await publisher.FlushAsync();
        return (breaches, updates);
    }
}
