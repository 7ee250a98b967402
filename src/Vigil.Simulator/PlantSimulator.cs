using Vigil.Capture.Files;
using Vigil.Simulator.Behaviour;
using Vigil.Simulator.Labels;
using Vigil.Simulator.Packets;
using Vigil.Simulator.Plant;

namespace Vigil.Simulator;

/// <summary>
/// Runs a scenario on a seeded plant and streams the capture to a classic pcap file, time-ordered, with
/// its labels beside it. Memory stays flat: packets go from the merged sources straight to disk.
/// </summary>
public static class PlantSimulator
{
    /// <summary>Simulates <paramref name="options"/> into <paramref name="outPcapPath"/> and writes the labels next to it.</summary>
    public static SimulationResult Run(SimulationOptions options, string outPcapPath)
    {
        ArgumentNullException.ThrowIfNull(options);
        var scenario = Scenarios.Scenarios.Get(options.Scenario);
        if (options.EffectiveAttackStart < options.LearningEnd)
        {
            throw new ArgumentException("The attack must start after the learning period.", nameof(options));
        }
        if (options.PollInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException("The poll interval must be positive.", nameof(options));
        }
        var root = new SimRandom(options.Seed);
        var plant = PlantBuilder.Build(root.Fork("plant"), options.Start);
        // The noise devices are established (present from the first packet), so they join before the count.
        var noise = scenario.NoisyPlant ? NoisyEstate.Join(plant) : null;
        var existing = plant.Devices.Count;
        var start = SimTime.FromDateTime(options.Start);
        var eventStart = SimTime.FromDateTime(options.EffectiveAttackStart);
        var end = eventStart + SimTime.FromTimeSpan(scenario.Span + options.Tail);
        var context = new SimulationContext(plant, root.Fork("behaviour"), start, end, SimTime.FromTimeSpan(options.PollInterval), noise);
        var plan = scenario.Build(context, eventStart);

        long packets = 0;
        long bytes = 0;
        long first = start;
        long last = start;
        var onsets = new StepOnsets(plan.Steps);
        using (var writer = PcapWriter.Create(outPcapPath, LinkType.Ethernet))
        {
            foreach (var packet in PacketStreams.Merge(plan.Sources))
            {
                if (packet.TimestampNs >= end)
                {
                    continue; // sessions that began just before the end may run past it; the capture stops at the end
                }
                writer.Write(packet.TimestampNs, packet.Frame);
                onsets.Observe(packet.TimestampNs, packet.Frame);
                first = packets == 0 ? packet.TimestampNs : first;
                last = packet.TimestampNs;
                packets++;
                bytes += packet.Frame.Length;
            }
        }

        var devices = plant.Devices.Select((d, i) => new DeviceLabel(d.Ip, d.Address.Mac.ToString(), d.Address.Vlan,
            System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(d.Role.ToString()), d.Name, d.Vendor, i >= existing)).ToList();
        ZoneLabel[] zones =
        [
            new("Computing", "it", plant.ItVlan, HostAddress.FormatIp(plant.ItSubnet) + "/24"),
            new("Industrial", "ics", plant.OtVlan, HostAddress.FormatIp(plant.OtSubnet) + "/24"),
        ];
        var labels = new SimulationLabels(scenario.Name, options.Seed, SimTime.ToDateTime(first), SimTime.ToDateTime(last),
            options.LearningEnd, packets, zones, devices, onsets.Labelled().OrderBy(s => s.Start).ToList());
        var labelsPath = LabelsFile.PathFor(outPcapPath);
        LabelsFile.Write(labelsPath, labels);
        return new SimulationResult(packets, bytes, TimeSpan.FromTicks((last - first) / 100), outPcapPath, labelsPath);
    }
}
