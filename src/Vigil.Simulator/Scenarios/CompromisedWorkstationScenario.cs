using Vigil.Simulator.Behaviour;
using Vigil.Simulator.Labels;
using Vigil.Simulator.Packets;
using Vigil.Simulator.Plant;
using M = Vigil.Contracts.Alerts.ModelNames;

namespace Vigil.Simulator.Scenarios;

/// <summary>
/// A compromised established office workstation (present all through learning) takes the jump host's usual
/// path: an administrator RDP session to the SCADA server; from there an administrator RDP session to the
/// engineering workstation, which, in working hours, stops an S7 PLC and downloads a block to it.
/// Peer credit (the jump host already uses the path) must not hide a device's own first time (issue 13).
/// </summary>
public sealed class CompromisedWorkstationScenario : IScenario
{
    /// <summary>Name on the command line.</summary>
    public const string ScenarioName = "compromised-workstation";

    /// <summary>How long the reprogram may wait for working hours after the pivot.</summary>
    private static readonly TimeSpan LatestReprogram = TimeSpan.FromHours(3);

    /// <inheritdoc />
    public string Name => ScenarioName;

    /// <inheritdoc />
    public bool NoisyPlant => true;

    /// <inheritdoc />
    public TimeSpan Span => TimeSpan.FromHours(4);

    /// <inheritdoc />
    public ScenarioPlan Build(SimulationContext context, long eventStart)
    {
        var plant = context.Plant;
        var random = context.Random(ScenarioName);
        var window = new StepWindow(eventStart);
        var (sources, steps) = NoisyBaseline.Begin(context);
        var workstation = random.Pick(plant.Workstations);
        var plc = random.Pick(plant.S7Plcs);
        TimeSpan Min(double minutes) => TimeSpan.FromMinutes(minutes);

        // The PLC is touched in working hours: the first working minute at least 30 minutes after the pivot.
        var reprogram = Min(30);
        while (!SimulationContext.IsWorkingHours(window.At(reprogram)) || !SimulationContext.IsWorkingHours(window.At(reprogram + Min(20))))
        {
            reprogram += Min(5);
            if (reprogram > LatestReprogram)
            {
                throw new ArgumentException($"{ScenarioName} needs working hours (weekdays 08–17 UTC) within {LatestReprogram.TotalHours:0} h of its start.");
            }
        }
        reprogram += Min(random.Next(2, 10));

        // The on-call administrator's checks from the jump host, day and night: the path the workstation takes is
        // in every learning window, whatever hour it covers (the plant's own admin sessions are office-hours only).
        var chain = EngineeringActivities.ScadaRdpChain(context);
        var checks = random.Fork("on-call");
        sources.Add(Schedule.Sessions(Schedule.Periodic(checks, context.Start, context.End, SimTime.Hour, 0.2),
            t => EngineeringActivities.Rdp(context, plant.JumpHost, plant.Scada, "administrator", chain, t, t + checks.Next(3, 10) * SimTime.Minute, checks)));

        sources.Add(EngineeringActivities.Rdp(context, workstation, plant.Scada, "administrator", chain,
            window.At(Min(2)), window.At(reprogram + Min(15)), random.Fork("rdp-scada")));
        steps.Add(window.Step("workstation_rdp_to_scada", StepLabel.AttackKind, Min(0), Min(15), workstation, [plant.Scada],
            [M.UnusualAdminRdpSession, M.AnomalousItToIcsConnection],
            "An established office workstation opens an RDP session as administrator to the SCADA server, the jump host's usual path."));

        sources.Add(EngineeringActivities.Rdp(context, plant.Scada, plant.Engineering, "administrator", EngineeringActivities.RdpChain(context, plant.Engineering),
            window.At(Min(10)), window.At(reprogram + Min(10)), random.Fork("rdp-ews")));
        steps.Add(window.Step("scada_rdp_to_engineering", StepLabel.AttackKind, Min(8), Min(25), plant.Scada, [plant.Engineering],
            [M.UnusualAdminRdpSession],
            "From the SCADA server, an RDP session as administrator to the engineering workstation, which it never opened."));

        sources.Add(StopAndDownload(context, plant.Engineering, plc, window.At(reprogram), random.Fork("reprogram")));
        steps.Add(window.Step("engineering_stops_and_reprograms_plc", StepLabel.AttackKind, reprogram, reprogram + Min(15), plant.Engineering, [plc],
            [M.UncommonIcsReprogram, M.MultipleNewActionCommands],
            "In working hours the engineering workstation stops an S7 PLC and downloads OB1 to it, leaving it stopped."));
        return new ScenarioPlan(sources, steps);
    }

    private static IEnumerable<SimPacket> StopAndDownload(SimulationContext context, PlantDevice engineering, PlantDevice plc, long start, SimRandom random)
    {
        var s7 = new S7Client(context.Tcp(engineering, plc, 102, start, random), random);
        var packets = new List<SimPacket>(s7.Connect(0x0100));
        s7.Tcp.Wait(4 * SimTime.Second);
        packets.AddRange(s7.Stop());
        s7.Tcp.Wait(8 * SimTime.Second);
        packets.AddRange(s7.Download("08", 1, random.Next(600, 1400)));
        s7.Tcp.Wait(3 * SimTime.Second);
        packets.AddRange(s7.Close());
        return packets;
    }
}
