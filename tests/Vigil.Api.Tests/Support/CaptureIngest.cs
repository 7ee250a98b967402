using System.Threading.Channels;
using Vigil.Capture.Files;
using Vigil.Host.Analysis;
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
        var options = new AnalyzeOptions { OutputDirectory = Path.GetTempPath(), Learning = new LearningWindow(learning, null), Zones = zones ?? [] };
        var frontEnd = new CaptureFrontEnd(reader, options, step =>
        {
            while (!steps.Writer.TryWrite(step))
            {
                steps.Writer.WaitToWriteAsync().AsTask().GetAwaiter().GetResult();
            }
        });
        var processor = new StepProcessor(grains, frontEnd.Zones);
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
                frontEnd.Pump.Run(first => processor.LearningEndNs = options.Learning.EndNs(first, null), null, cancellation);
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
