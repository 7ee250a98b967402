using Vigil.Capture.Decoding;
using Vigil.Contracts.Flows;
using Vigil.Host.Ingest;
using Vigil.Host.Network;
using Vigil.Simulator.FlowEvents;

namespace Vigil.Cluster.Sensor;

/// <summary>
/// `vigil sensor --flows N --devices D`: the simulator's flow-level estate (<see cref="FlowGenerator"/>)
/// cut into steps the way the capture front-end cuts them — 10 s of capture time or 50,000 events, each
/// finished flow filed under its internal endpoints — so a cluster can be driven at scale without packets.
/// </summary>
public static class SimulatedSteps
{
    public static IEnumerable<CaptureStep> Generate(FlowGeneratorOptions options, NetworkMap network, TimeSpan step)
    {
        var stepNs = step.Ticks * 100;
        var pending = new Dictionary<string, DeviceEvents>(StringComparer.Ordinal);
        var subnets = new Dictionary<NetAddress, string>();
        var text = new Dictionary<NetAddress, string>();
        long stepEndNs = 0;
        var events = 0;
        ulong id = 0;
        foreach (var flow in FlowGenerator.Generate(options))
        {
            if (stepEndNs == 0)
            {
                stepEndNs = (flow.TimestampNs / stepNs + 1) * stepNs;
            }
            if (flow.TimestampNs >= stepEndNs || events >= FlowEventRouter.MaxEventsPerStep)
            {
                yield return new CaptureStep(stepEndNs, [.. pending.Values], events);
                pending.Clear();
                events = 0;
                while (flow.TimestampNs >= stepEndNs)
                {
                    stepEndNs += stepNs;
                }
            }
            var origInternal = network.IsDevice(flow.Source);
            var respInternal = network.IsDevice(flow.Destination);
            var flowEvent = new FlowEvent
            {
                FlowId = ++id,
                StartNs = flow.TimestampNs,
                EndNs = flow.TimestampNs + 1_000_000,
                Orig = Text(text, flow.Source),
                OrigPort = flow.SourcePort,
                Resp = Text(text, flow.Destination),
                RespPort = flow.DestinationPort,
                Protocol = (byte)flow.Protocol,
                Vlan = flow.Vlan,
                State = flow.State,
                Service = flow.Service.Length == 0 ? null : flow.Service,
                OrigBytes = flow.BytesToServer,
                RespBytes = flow.BytesToClient,
                OrigPkts = (flow.Packets + 1) / 2,
                RespPkts = flow.Packets / 2,
                NewOrigBytes = flow.BytesToServer,
                NewRespBytes = flow.BytesToClient,
                IsFirst = true,
                IsFinal = true,
                OrigInternal = origInternal,
                RespInternal = respInternal,
            };
            if (origInternal)
            {
                File(pending, subnets, network, flowEvent.Orig, flow.Source, flowEvent);
                events++;
            }
            if (respInternal)
            {
                File(pending, subnets, network, flowEvent.Resp, flow.Destination, flowEvent);
                events++;
            }
        }
        if (pending.Count > 0)
        {
            yield return new CaptureStep(stepEndNs, [.. pending.Values], events);
        }
    }

    private static void File(Dictionary<string, DeviceEvents> pending, Dictionary<NetAddress, string> subnets, NetworkMap network, string device, NetAddress address, FlowEvent flow)
    {
        if (!pending.TryGetValue(device, out var events))
        {
            if (!subnets.TryGetValue(address, out var subnet))
            {
                subnets[address] = subnet = network.SubnetOf(address).ToString();
            }
            pending[device] = events = new DeviceEvents(device, subnet, []);
        }
        events.Events.Add(flow);
    }

    /// <summary>One string per address, shared by every event that names it (a 100k-device estate repeats them millions of times).</summary>
    private static string Text(Dictionary<NetAddress, string> cache, NetAddress address)
    {
        if (!cache.TryGetValue(address, out var text))
        {
            cache[address] = text = address.ToString();
        }
        return text;
    }
}
