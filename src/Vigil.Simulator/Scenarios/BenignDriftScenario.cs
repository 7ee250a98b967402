using Vigil.Simulator.Behaviour;
using Vigil.Simulator.Labels;
using Vigil.Simulator.Packets;
using Vigil.Simulator.Plant;
using M = Vigil.Contracts.Alerts.ModelNames;

namespace Vigil.Simulator.Scenarios;

/// <summary>
/// No attack, only legitimate drift after learning: a new laptop that does DHCP, DNS and HTTPS; a shift
/// change that halves the SCADA polling rate; and a maintenance window in which the engineering
/// workstation stops a PLC, downloads a block and restarts it. Alerts in these steps are tolerated.
/// <see cref="NoisyScenarioName"/> lives the same changes on the noisy plant (<see cref="BenignNoise"/>),
/// whose labelled noise must raise nothing.
/// </summary>
public sealed class BenignDriftScenario : IScenario
{
    /// <summary>Name on the command line.</summary>
    public const string ScenarioName = "benign";

    /// <summary>Name of the same drift on the noisy plant.</summary>
    public const string NoisyScenarioName = "benign-noisy";

    /// <summary>The drift on the quiet plant (<c>benign</c>), or on the noisy one (<c>benign-noisy</c>).</summary>
    public BenignDriftScenario(bool noisy = false) => NoisyPlant = noisy;

    /// <inheritdoc />
    public string Name => NoisyPlant ? NoisyScenarioName : ScenarioName;

    /// <inheritdoc />
    public bool NoisyPlant { get; }

    /// <inheritdoc />
    public TimeSpan Span => TimeSpan.FromHours(3);

    /// <inheritdoc />
    public ScenarioPlan Build(SimulationContext context, long eventStart)
    {
        var plant = context.Plant;
        var random = context.Random("benign-drift");
        var window = new StepWindow(eventStart);
        var shiftChange = window.At(TimeSpan.FromMinutes(60));
        var sources = new List<IEnumerable<SimPacket>>(BenignPlant.Activities(context, t => t < shiftChange ? context.PollInterval : context.PollInterval * 2));
        var steps = new List<StepLabel>();
        if (NoisyPlant)
        {
            var noise = BenignNoise.Activities(context);
            sources.AddRange(noise.Sources);
            steps.AddRange(noise.Steps);
        }

        var laptop = plant.JoinIt("LT-0042", DeviceRole.Laptop, Vendors.Lenovo, "Lenovo", 128);
        sources.Add(Laptop(context, laptop, eventStart, window.At(TimeSpan.FromMinutes(170)), random.Fork("laptop")));
        steps.Add(window.Step("new_laptop", StepLabel.BenignChangeKind, TimeSpan.Zero, TimeSpan.FromMinutes(170), laptop, [plant.DomainController],
            [M.UnusualActivityFromNewDevice], "A new corporate laptop joins the IT VLAN: DHCP, DNS and HTTPS only."));
        steps.Add(window.Step("shift_change_polling", StepLabel.BenignChangeKind, TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(180), plant.Scada,
            plant.S7Plcs.Concat(plant.ModbusPlcs), [], "Night shift: SCADA polls the PLCs half as often."));

        var plc = plant.S7Plcs[^1];
        sources.Add(Maintenance(context, plant.Engineering, plc, window.At(TimeSpan.FromMinutes(120)), random.Fork("maintenance")));
        steps.Add(window.Step("maintenance_window", StepLabel.BenignChangeKind, TimeSpan.FromMinutes(120), TimeSpan.FromMinutes(140), plant.Engineering, [plc],
            [M.UncommonIcsReprogram, M.MultipleNewActionCommands], "Planned maintenance: the engineering workstation stops a PLC, downloads OB1 and restarts it."));
        return new ScenarioPlan(sources, steps);
    }

    private static IEnumerable<SimPacket> Laptop(SimulationContext context, PlantDevice laptop, long start, long end, SimRandom random)
    {
        var visits = Enumerable.Range(0, 8).Select(i => start + SimTime.Minute + i * (end - start) / 8 + random.Next(0, 60) * SimTime.Second).ToList();
        var sessions = new List<IEnumerable<SimPacket>> { NetworkJoin.Dhcp(context, laptop, laptop.Name, start, random) };
        sessions.AddRange(visits.Select(t => (IEnumerable<SimPacket>)OfficeActivities.WebSession(context, laptop, random.Pick(context.Plant.Sites), t, random)));
        return PacketStreams.MergeByStart(sessions);
    }

    private static IEnumerable<SimPacket> Maintenance(SimulationContext context, PlantDevice engineering, PlantDevice plc, long start, SimRandom random)
    {
        var s7 = new S7Client(context.Tcp(engineering, plc, 102, start, random), random);
        var packets = new List<SimPacket>(s7.Connect(0x0100));
        s7.Tcp.Wait(3 * SimTime.Second);
        packets.AddRange(s7.Stop());
        s7.Tcp.Wait(10 * SimTime.Second);
        packets.AddRange(s7.Download("08", 1, random.Next(600, 1400)));
        s7.Tcp.Wait(10 * SimTime.Second);
        packets.AddRange(s7.Start());
        s7.Tcp.Wait(2 * SimTime.Second);
        packets.AddRange(s7.Close());
        return packets;
    }
}
