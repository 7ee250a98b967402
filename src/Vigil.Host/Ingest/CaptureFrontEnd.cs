using Vigil.Capture;
using Vigil.Capture.Decoding;
using Vigil.Contracts.Devices;
using Vigil.Contracts.Flows;
using Vigil.Contracts.Subnets;
using Vigil.Flows;
using Vigil.Host.Analysis;
using Vigil.Host.Network;

namespace Vigil.Host.Ingest;

/// <summary>
/// The reading side of every capture front-end (`analyze`, `capture`, `sensor`), built in one place so
/// they judge traffic alike: the options' network map and zones, flow tracking with the same settings,
/// the router that cuts flow reports into steps, and the pump that drives them from a packet source.
/// </summary>
public sealed class CaptureFrontEnd
{
    /// <param name="stepReady">Gets each finished step, on the reading thread; blocking there is the pipeline's back-pressure.</param>
    /// <param name="onFinalFlow">Gets each finished flow (flows.jsonl).</param>
    public CaptureFrontEnd(IPacketSource source, AnalyzeOptions options, Action<CaptureStep> stepReady, Action<FlowRecord, ApplicationSummary?>? onFinalFlow = null)
    {
        Network = new NetworkMap(options.InternalNetworks);
        Zones = new ZoneMap(Network, options.Zones);
        Router = new FlowEventRouter(Network, options.Step, stepReady, onFinalFlow);
        // Interim reports every 30 s, so an hours-long session's upload is judged within a minute.
        var tracking = FlowTrackerOptions.Default with { MaxFlows = options.MaxFlows, InterimInterval = TimeSpan.FromSeconds(30) };
        Pump = new PacketPump(source, new FlowTracker(tracking, Router), Router);
    }

    public NetworkMap Network { get; }

    /// <summary>The zones the steps are judged with (give them to the <see cref="StepProcessor"/>).</summary>
    public ZoneMap Zones { get; }

    public FlowEventRouter Router { get; }

    public PacketPump Pump { get; }

    /// <summary>The inventory: a snapshot of every device seen, in address order, with its zone as the estate resolves it now.</summary>
    public async Task<List<DeviceSnapshot>> SnapshotDevicesAsync(IGrainFactory grains)
    {
        var facts = await grains.GetGrain<IEstateGrain>(StepProcessor.EstateKey).GetFactsAsync([]);
        var ordered = Router.Devices.Keys.Select(d => (Text: d, Address: NetAddress.Parse(d))).OrderBy(d => d.Address).Select(d => d.Text).ToArray();
        var snapshots = new List<DeviceSnapshot>(ordered.Length);
        foreach (var chunk in ordered.Chunk(1024))
        {
            snapshots.AddRange(await Task.WhenAll(chunk.Select(d => grains.GetGrain<IDeviceGrain>(d).GetSnapshotAsync())));
        }
        return [.. snapshots.Select(d => Zones.Resolve(d.Ip, facts) is var (role, evidence) ? d with { Zone = role, ZoneEvidence = evidence } : d)];
    }
}
