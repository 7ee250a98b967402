using System.CommandLine;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Vigil.Capture;
using Vigil.Capture.Files;
using Vigil.Capture.Live;
using Vigil.Cluster.Sensor;
using Vigil.Contracts.Alerts;
using Vigil.Contracts.Time;
using Vigil.Simulator.FlowEvents;

namespace Vigil.Cli.Commands;

/// <summary>`vigil sensor`: reads a capture file or an interface and feeds a cluster of silos as an Orleans client.</summary>
public static class SensorCommand
{
    public static Command Create()
    {
        var file = new Option<string?>("--file", "-f") { Description = "A pcap or pcapng capture to replay into the cluster." };
        var iface = new Option<string?>("--interface", "-i") { Description = "Interface to capture from (root or CAP_NET_RAW)." };
        var filter = new Option<string?>("--filter") { Description = "A BPF capture filter (with --interface)." };
        var flows = new Option<long?>("--flows") { Description = "Instead of a capture, drive the cluster with this many simulated flows (the simulator's flow-level estate), for scale runs." };
        var simulatedDevices = new Option<int>("--devices") { Description = "Devices of the simulated estate (with --flows).", DefaultValueFactory = _ => 100_000 };
        var speed = new Option<double?>("--speed") { Description = "Replay a file at this multiple of its captured pace (default: as fast as the cluster takes it)." };
        var gateway = new Option<string[]>("--gateway", "-g")
        {
            Description = "A silo's gateway, host:port (repeatable or comma-separated); give several so losing one silo does not cut the sensor off.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var clusterId = new Option<string>("--cluster-id") { Description = "Cluster id.", DefaultValueFactory = _ => "vigil" };
        var serviceId = new Option<string>("--service-id") { Description = "Service id.", DefaultValueFactory = _ => "vigil" };
        var bufferEvents = new Option<int>("--buffer-events") { Description = "Flow events held while the cluster is unreachable.", DefaultValueFactory = _ => 500_000 };
        var whenFull = new Option<string?>("--when-full") { Description = "block (wait; default for files) or drop (drop the oldest and say so; default live)." };
        var callTimeout = new Option<TimeSpan>("--call-timeout") { Description = "How long a grain call may take before it is retried (bounds the stall when a silo crashes).", DefaultValueFactory = _ => TimeSpan.FromSeconds(10) };
        var learn = CommonOptions.Learn();
        var output = CommonOptions.Out();
        var internalNetworks = CommonOptions.Internal();
        var step = CommonOptions.Step();
        var zones = CommonOptions.Zones();
        var command = new Command("sensor", "Capture from a file or an interface and feed a Vigil cluster (its silos run `vigil silo`).")
        {
            file, iface, flows, simulatedDevices, filter, speed, gateway, clusterId, serviceId, bufferEvents, whenFull, callTimeout, learn, output, internalNetworks, step, zones,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var analysis = CommonOptions.WithZones(parse, zones, CommonOptions.Read(parse, learn, output, internalNetworks, step));
            var path = parse.GetValue(file);
            var name = parse.GetValue(iface);
            if (analysis is null)
            {
                return ExitCodes.BadUsage;
            }
            var simulated = parse.GetValue(flows);
            if (new object?[] { path, name, simulated }.Count(v => v is not null) != 1)
            {
                return Fail("give exactly one of --file, --interface and --flows.");
            }
            if (parse.GetValue(speed) is { } pace && !(pace > 0))
            {
                return Fail($"--speed '{pace}' must be a positive multiple, e.g. 1 or 10.");
            }
            var gateways = new List<IPEndPoint>();
            foreach (var text in parse.GetValue(gateway)!.SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            {
                if (!TryParseEndpoint(text, out var endpoint))
                {
                    return Fail($"--gateway '{text}' is not host:port.");
                }
                gateways.Add(endpoint);
            }
            var mode = parse.GetValue(whenFull) switch
            {
                // Only live capture cannot wait: a file or the simulator just reads on when there is room.
                null => name is not null ? WhenFull.DropOldest : WhenFull.Block,
                "block" => WhenFull.Block,
                "drop" => WhenFull.DropOldest,
                var other => (WhenFull?)null,
            };
            if (mode is null)
            {
                return Fail($"--when-full '{parse.GetValue(whenFull)}' must be block or drop.");
            }
            var options = new SensorOptions
            {
                Gateways = gateways,
                ClusterId = parse.GetValue(clusterId)!,
                ServiceId = parse.GetValue(serviceId)!,
                Analysis = analysis,
                BufferEvents = Math.Max(1, parse.GetValue(bufferEvents)),
                WhenFull = mode.Value,
                CallTimeout = parse.GetValue(callTimeout),
            };
            using var logs = LoggerFactory.Create(logging => logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            }).AddFilter("Orleans", LogLevel.Warning).AddFilter("Polly", LogLevel.Warning).SetMinimumLevel(LogLevel.Information));
            var runner = new SensorRunner(options, logs.CreateLogger("Vigil.Sensor"));
            try
            {
                if (simulated is { } count)
                {
                    var estate = new FlowGeneratorOptions { FlowCount = count, DeviceCount = Math.Max(2, parse.GetValue(simulatedDevices)) };
                    var steps = SimulatedSteps.Generate(estate, new Vigil.Host.Network.NetworkMap(analysis.InternalNetworks), analysis.Step);
                    Report(await runner.RunStepsAsync(steps, PrintAlert, cancellation));
                    return ExitCodes.Ok;
                }
                IPacketSource source;
                long? lastPacketNs = null;
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
                CancellationTokenRegistration registration = default;
                if (path is not null)
                {
                    lastPacketNs = analysis.Learning.LastPacketNsOf(path);
                    var reader = CaptureFileReader.Open(path);
                    source = parse.GetValue(speed) is { } x ? new PacedPacketSource(reader, x) : reader;
                }
                else
                {
                    var live = LiveCaptureSource.Open(name!, parse.GetValue(filter));
                    registration = stop.Token.Register(live.Stop);
                    source = live;
                }
                using (source)
                await using (registration)
                {
                    Report(await runner.RunAsync(source, lastPacketNs, PrintAlert, stop.Token));
                    return ExitCodes.Ok;
                }
            }
            catch (Exception error) when (error is CaptureFormatException or CaptureUnavailableException)
            {
                return Fail(error.Message, ExitCodes.Unreadable);
            }
        });
        return command;
    }

    private static void Report(SensorResult result) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"vigil: sensor done: {result.Packets:N0} packets, {result.FlowEvents:N0} flow events, {result.EventsDelivered:N0} delivered in {result.StepsDelivered:N0} steps ({result.EventsDelivered / Math.Max(result.Elapsed.TotalSeconds, 1e-3):F0}/s), {result.Devices:N0} devices, {result.Alerts.Count} alerts, {result.DroppedEvents:N0} events dropped, {result.Retries} retries, {result.Elapsed.TotalSeconds:F1}s"));

    private static void PrintAlert(Alert alert) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"alert {CaptureTime.ToIso(alert.TimeNs)} {alert.Device} \"{alert.Model}\" score={alert.Score:F2}"));

    private static bool TryParseEndpoint(string text, out IPEndPoint endpoint)
    {
        endpoint = null!;
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            return false;
        }
        var host = text[..colon].Trim('[', ']');
        if (!IPAddress.TryParse(host, out var address))
        {
            try
            {
                address = Dns.GetHostAddresses(host).FirstOrDefault();
            }
            catch (System.Net.Sockets.SocketException)
            {
                return false;
            }
        }
        if (address is null)
        {
            return false;
        }
        endpoint = new IPEndPoint(address, port);
        return true;
    }

    private static int Fail(string message, int code = ExitCodes.BadUsage)
    {
        Console.Error.WriteLine($"vigil: error: {message}");
        return code;
    }
}
