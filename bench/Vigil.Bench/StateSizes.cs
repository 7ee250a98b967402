using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Storage;
using Vigil.Capture.Files;
using Vigil.Detection;
using Vigil.Flows;
using Vigil.Grains;
using Vigil.Grains.Devices;
using Vigil.Host.Analysis;
using Vigil.Host.Ingest;
using Vigil.Host.Network;
using Vigil.Host.Silo;

/// <summary>
/// What each device costs once its baseline is full: runs a capture through a one-silo cluster exactly as
/// `vigil analyze` does (same router, steps, grains and storage serializer), stops the silo so every device
/// checkpoints, and weighs what was written — total and per part of <see cref="DeviceState"/> — and what a
/// state costs on the heap once read back (an upper bound for a live grain, whose flow reports share
/// strings with other grains).
/// </summary>
internal static class StateSizes
{
    private const int Busiest = 5;
    private const int HeapCopies = 50;

    public static async Task<int> RunAsync(string path, LearningWindow learning)
    {
        var storage = new RecordingGrainStorage(SiloConfiguration.StorageSerializer());
        using var host = BuildSilo(storage);
        await host.StartAsync();
        var processor = new StepProcessor(host.Services.GetRequiredService<IGrainFactory>());
        using (var reader = CaptureFileReader.Open(path))
        {
            // The bench's own thread blocks on each step: the same one-step-at-a-time barrier as analyze.
            var frontEnd = new CaptureFrontEnd(reader, new AnalyzeOptions { OutputDirectory = "", Learning = learning },
                step => processor.ProcessAsync(step).GetAwaiter().GetResult());
            var (pump, router) = (frontEnd.Pump, frontEnd.Router);
            pump.Run(first => processor.LearningEndNs = learning.EndNs(first, null), null, CancellationToken.None);
            Console.WriteLine($"{path}: {pump.Packets:N0} packets, {router.EventsRouted:N0} flow events, {router.Devices.Count:N0} devices");
        }
        // Stopping deactivates every grain, and a device grain checkpoints when deactivated.
        await host.StopAsync();

        var devices = storage.Rows("device")
            .Select(row => (Ip: row.Grain.Key.ToString()!, Bytes: row.Bytes, State: Read(storage, row.Bytes).Model))
            .OrderByDescending(d => d.Bytes.Length).ThenBy(d => d.Ip, StringComparer.Ordinal).ToArray();
        if (devices.Length == 0)
        {
            Console.Error.WriteLine("no device state was written");
            return 1;
        }
        var sizes = devices.Select(d => (long)d.Bytes.Length).Order().ToArray();
        Console.WriteLine($"serialized state per device ({devices.Length} written): mean {sizes.Average():N0} B, median {Percentile(sizes, 0.5):N0}, " +
            $"p90 {Percentile(sizes, 0.9):N0}, max {sizes[^1]:N0}; all devices {sizes.Sum():N0} B");

        Console.WriteLine($"\nper part, bytes (as the storage serializer writes each part alone):");
        var busiest = devices.Take(Busiest).ToArray();
        Console.WriteLine($"  {"part",-34} {"mean",9} {"max",9}  {string.Join(" ", busiest.Select(d => $"{d.Ip,15}"))}");
        PrintParts(storage.Serializer, devices.Select(d => d.State).ToArray(), busiest.Select(d => d.State).ToArray(), "");
        PrintParts(storage.Serializer, devices.Select(d => d.State.Profile).ToArray(), busiest.Select(d => d.State.Profile).ToArray(), "Profile.");
        Console.WriteLine($"  {"(total)",-34} {sizes.Average(),9:N0} {sizes[^1],9:N0}  {string.Join(" ", busiest.Select(d => $"{d.Bytes.Length,15:N0}"))}");
        Console.WriteLine($"  {"(event log entries)",-34} {devices.Average(d => LogEntries(d.State)),9:N0} {devices.Max(d => LogEntries(d.State)),9:N0}  " +
            string.Join(" ", busiest.Select(d => $"{LogEntries(d.State),15:N0}")));

        var all = devices.Select(d => d.Bytes).ToArray();
        var heapAll = HeapBytes(() => all.Select(b => Read(storage, b)).ToArray(), 1) / all.Length;
        var heapBusiest = HeapBytes(() => Read(storage, devices[0].Bytes), HeapCopies);
        Console.WriteLine($"\nheap per state read back: mean {heapAll:N0} B, busiest ({devices[0].Ip}) {heapBusiest:N0} B");
        return 0;
    }

    private static void PrintParts<T>(IGrainStorageSerializer serializer, T[] all, T[] busiest, string prefix)
        where T : notnull
    {
        foreach (var property in typeof(T).GetProperties())
        {
            long Size(T owner) => property.GetValue(owner) is { } value ? serializer.Serialize<object>(value).ToMemory().Length : 0;
            var sizes = all.Select(Size).ToArray();
            Console.WriteLine($"  {prefix + property.Name,-34} {sizes.Average(),9:N0} {sizes.Max(),9:N0}  {string.Join(" ", busiest.Select(b => $"{Size(b),15:N0}"))}");
        }
    }

    private static DeviceGrainState Read(RecordingGrainStorage storage, BinaryData bytes) =>
        storage.Serializer.Deserialize<DeviceGrainState>(bytes) ?? throw new InvalidDataException("a device row held null");

    private static int LogEntries(DeviceState state) => state.EventLog.Entries.Count;

    /// <summary>Bytes the objects made by <paramref name="make"/> keep alive, per copy.</summary>
    private static long HeapBytes(Func<object> make, int copies)
    {
        var kept = new object[copies];
        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < copies; i++)
        {
            kept[i] = make();
        }
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(kept);
        return (after - before) / copies;
    }

    private static long Percentile(long[] sorted, double q) => sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(q * sorted.Length))];

    private static IHost BuildSilo(RecordingGrainStorage storage)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error).AddConsole();
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort: FreePort(), gatewayPort: FreePort()).AddVigilSerialization();
            silo.Services.AddKeyedSingleton<IGrainStorage>(StorageNames.Models, storage);
        });
        return builder.Build();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
