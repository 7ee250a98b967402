using System.Diagnostics;
using System.Threading.Channels;
using Vigil.Capture;
using Vigil.Capture.Files;
using Vigil.Contracts.Alerts;
using Vigil.Contracts.Directory;
using Vigil.Export.Inventory;
using Vigil.Host.Ingest;
using Vigil.Host.Network;
using Vigil.Host.Output;
using Vigil.Host.Publishing;
using Vigil.Host.Silo;

namespace Vigil.Host.Analysis;

/// <summary>
/// `vigil analyze`: a capture through an embedded silo into alerts.jsonl, devices.json and
/// flows.jsonl. The reading thread and the grain path are joined by a small bounded queue of steps.
/// </summary>
public static class AnalysisRunner
{
    /// <summary>Steps queued between the reader and the grains; the reader waits when it is full.</summary>
    private const int QueuedSteps = 32;

    /// <summary>Analyses a capture file. Throws <see cref="CaptureFormatException"/> when the file cannot be read at all.</summary>
    public static async Task<AnalysisResult> RunFileAsync(string path, AnalyzeOptions options, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellation = default)
    {
        var lastPacketNs = options.Learning.LastPacketNsOf(path);
        var inferred = new List<string>();
        if (options.InternalNetworks.Count == 0 && EstateInference.Infer(path) is { Blocks.Count: > 0 } estate)
        {
            options = options with { InternalNetworks = estate.Blocks };
            inferred.Add($"no address of the capture is in the private ranges: the estate is taken to be {string.Join(',', estate.Blocks)} "
                + $"({estate.Reason}); --internal names it instead");
        }
        using var reader = CaptureFileReader.Open(path);
        var result = await RunAsync(reader, lastPacketNs, options, packets => progress?.Report(new AnalysisProgress(reader.Position, reader.Length, packets)), cancellation);
        return result with { Warnings = [.. inferred, .. reader.Warnings, .. result.Warnings] };
    }

    /// <summary>Analyses any packet source (a file, or a live interface until cancelled).</summary>
    public static async Task<AnalysisResult> RunAsync(IPacketSource source, long? lastPacketNs, AnalyzeOptions options, Action<long>? onProgress, CancellationToken cancellation)
    {
        var stopwatch = Stopwatch.StartNew();
        Directory.CreateDirectory(options.OutputDirectory);
        using var runtimeLog = options.Verbose ? null : new RuntimeLogFile(Path.Combine(options.OutputDirectory, "runtime.log"));
        // The silo starts while the reader already runs: its second of start-up is hidden behind reading.
        var siloStarting = StartSiloAsync(stopwatch, runtimeLog, cancellation);
        using var flowLog = new FlowLog(Path.Combine(options.OutputDirectory, "flows.jsonl"));

        var steps = Channel.CreateBounded<CaptureStep>(new BoundedChannelOptions(QueuedSteps) { SingleReader = true, SingleWriter = true });
        var setup = new SetupWarnings(new NetworkMap(options.InternalNetworks));
        var frontEnd = new CaptureFrontEnd(source, options, step => Enqueue(steps.Writer, step), (flow, app) =>
        {
            flowLog.Write(flow, app);
            setup.Observe(flow);
        });
        var pump = frontEnd.Pump;
        var book = new AlertBook();
        long stepCount = 0;
        var learningEndNs = long.MaxValue;
        TimeSpan readingDone = default, grainsDone = default;

        var consumer = Task.Run(async () =>
        {
            try
            {
                var (silo, _) = await siloStarting;
                var processor = new StepProcessor(silo.Grains, frontEnd.Zones);
                var publisher = new PublishingStepProcessor(processor, silo.Grains);
                await foreach (var step in steps.Reader.ReadAllAsync(CancellationToken.None))
                {
                    // Set by the reader at the first packet, which comes before any step.
                    processor.LearningEndNs = Volatile.Read(ref learningEndNs);
                    stepCount++;
                    foreach (var alert in await publisher.ProcessAsync(step))
                    {
                        book.Add(alert);
                    }
                }
                await publisher.FlushAsync();
            }
            catch (Exception error)
            {
                // Unblocks a reader waiting for room in the queue: nobody will empty it now.
                steps.Writer.TryComplete(error);
                throw;
            }
            finally
            {
                grainsDone = stopwatch.Elapsed;
            }
        }, CancellationToken.None);
        var producer = Task.Factory.StartNew(() =>
        {
            try
            {
                pump.Run(first => Volatile.Write(ref learningEndNs, options.Learning.EndNs(first, lastPacketNs)), onProgress, cancellation);
            }
            finally
            {
                readingDone = stopwatch.Elapsed;
                steps.Writer.TryComplete();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            await Task.WhenAll(producer, consumer);
        }
        catch
        {
            // A silo that failed to start is the error to report (the reader only stopped because of it).
            var started = await siloStarting;
            await started.Silo.DisposeAsync();
            throw;
        }
        var (silo, siloStart) = await siloStarting;
        await using var stopSilo = silo;

        var (incidents, alerts) = IncidentCorrelator.Correlate(book.Alerts);
        using (var alertLog = new AlertLog(Path.Combine(options.OutputDirectory, "alerts.jsonl")))
        {
            foreach (var alert in alerts)
            {
                alertLog.Write(alert);
            }
        }
        var ranked = incidents.OrderByDescending(i => i.Score).ThenBy(i => i.StartNs).ToArray();
        IncidentLog.Write(Path.Combine(options.OutputDirectory, "incidents.json"), ranked);
        var devices = await frontEnd.SnapshotDevicesAsync(silo.Grains);
        DeviceInventory.Write(Path.Combine(options.OutputDirectory, "devices.json"), devices);
        InventoryCsv.Write(Path.Combine(options.OutputDirectory, "inventory.csv"), devices);
        var conduits = ConduitReport.Build(await silo.Grains.GetDeviceDirectory().ListConduitsAsync());
        ConduitReport.WriteCsv(Path.Combine(options.OutputDirectory, "conduits.csv"), conduits);
        await HtmlReport.WriteAsync(Path.Combine(options.OutputDirectory, "report.html"), silo.Grains, devices, alerts, ranked, conduits);
        return new AnalysisResult
        {
            Packets = pump.Packets,
            Bytes = pump.Bytes,
            DecodeOutcomes = pump.DecodeOutcomes,
            Flows = flowLog.Flows,
            FlowEvents = frontEnd.Router.EventsRouted,
            Devices = devices.Count,
            Alerts = alerts,
            Incidents = ranked,
            FirstPacketNs = pump.FirstPacketNs,
            LastPacketNs = pump.LastPacketNs,
            LearningEndNs = learningEndNs,
            Elapsed = stopwatch.Elapsed,
            SiloStart = siloStart,
            ReadingDone = readingDone,
            GrainsDone = grainsDone,
            Steps = stepCount,
            OutputDirectory = options.OutputDirectory,
            RuntimeWarnings = runtimeLog is null ? null : (runtimeLog.Warnings, runtimeLog.Path),
            Warnings = [.. setup.Warnings(devices.Count, flowLog.Flows, pump.LastPacketNs, learningEndNs), .. AdmissionWarnings(frontEnd.Router.Admission)],
        };
    }

    private static IEnumerable<string> AdmissionWarnings(DeviceAdmission admission)
    {
        if (admission.RefusedReports > 0)
        {
            yield return $"{admission.RefusedReports:N0} flow reports from about {admission.RefusedSources:N0} sources were not modelled as devices: "
                + $"more than {admission.MaxUnconfirmed:N0} sources sent one packet nobody answered (a spoofed-source flood?); "
                + "their targets still saw every flow";
        }
    }

    private static async Task<(EmbeddedSilo Silo, TimeSpan Started)> StartSiloAsync(Stopwatch stopwatch, RuntimeLogFile? runtimeLog, CancellationToken cancellation)
    {
        var silo = await EmbeddedSilo.StartAsync(runtimeLog, cancellation);
        return (silo, stopwatch.Elapsed);
    }

    private static void Enqueue(ChannelWriter<CaptureStep> writer, CaptureStep step)
    {
        // The reading thread is ours alone, so waiting here is the back-pressure, not a stall of the pool.
        while (!writer.TryWrite(step))
        {
            if (!writer.WaitToWriteAsync().AsTask().GetAwaiter().GetResult())
            {
                throw new OperationCanceledException("The grain path stopped; reading stops with it.");
            }
        }
    }
}
