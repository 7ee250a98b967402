using System.Globalization;
using Vigil.Simulator.Behaviour;
using Vigil.Simulator.Labels;
using Vigil.Simulator.Packets;
using Vigil.Simulator.Plant;
using M = Vigil.Contracts.Alerts.ModelNames;

namespace Vigil.Simulator.Scenarios;

/// <summary>
/// An established Modbus PLC (an RTU-class device that has only ever answered) turns Modbus master: it sweeps
/// reads (FC 1–4) over unit ids and address ranges it never used against the other Modbus PLCs, which answer
/// nearly all of them with exception responses (illegal function, illegal data address), then forces a coil
/// (FC 5) on one of them.
/// </summary>
public sealed class RtuAttackerScenario : IScenario
{
    /// <summary>Name on the command line.</summary>
    public const string ScenarioName = "rtu-attacker";

    /// <summary>Unit ids the sweep addresses on each target.</summary>
    public const int UnitIds = 16;

    /// <summary>Registers or bits asked for per read.</summary>
    public const ushort ReadCount = 100;

    /// <summary>Gap between the first addresses of consecutive reads of one function and unit.</summary>
    public const int AddressStride = 2048;

    /// <summary>Coils and holding registers the targets hold (addresses 0–1999); input registers: 0–999.</summary>
    private const int CoilsAndHolding = 2000;
    private const int InputRegisters = 1000;

    /// <inheritdoc />
    public string Name => ScenarioName;

    /// <inheritdoc />
    public bool NoisyPlant => true;

    /// <inheritdoc />
    public TimeSpan Span => TimeSpan.FromHours(1);

    /// <inheritdoc />
    public ScenarioPlan Build(SimulationContext context, long eventStart)
    {
        var plant = context.Plant;
        var random = context.Random(ScenarioName);
        var window = new StepWindow(eventStart);
        var (sources, steps) = NoisyBaseline.Begin(context);
        var rtu = random.Pick(plant.ModbusPlcs);
        var targets = plant.ModbusPlcs.Where(p => p != rtu).ToList();
        TimeSpan Min(double minutes) => TimeSpan.FromMinutes(minutes);

        var exceptions = 0;
        var reads = 0;
        var sweep = new List<IEnumerable<SimPacket>>();
        var at = window.At(Min(1));
        foreach (var target in targets)
        {
            var (packets, targetReads, targetExceptions) = Sweep(context, rtu, target, at, random.Fork($"sweep/{target.Name}"));
            sweep.Add(packets);
            reads += targetReads;
            exceptions += targetExceptions;
            at = packets[^1].TimestampNs + 5 * SimTime.Second;
        }
        sources.Add(PacketStreams.MergeByStart(sweep));
        steps.Add(window.Step("modbus_read_sweep", StepLabel.AttackKind, Min(0), Min(15), rtu, targets,
            [ProposedModels.IcsReadSweep, ProposedModels.MultipleIcsErrorResponses, M.UnusualIcsConnectivity, M.PossibleIcsProtocol],
            string.Create(CultureInfo.InvariantCulture,
                $"An established Modbus PLC sweeps FC 1-4 reads over unit ids and address ranges it never used: {reads} reads answered by {exceptions} exception responses.")));

        var victim = targets[0];
        sources.Add(CoilWrite(context, rtu, victim, window.At(Min(20)), random.Fork("coil")));
        steps.Add(window.Step("coil_write", StepLabel.AttackKind, Min(20), Min(30), rtu, [victim],
            [M.MultipleNewActionCommands], "The PLC turned master forces a coil on (FC 5)."));
        return new ScenarioPlan(sources, steps);
    }

    /// <summary>
    /// The exception a target answers a read with: FC 2 (discrete inputs) is not implemented, and ranges past
    /// the end of the target's tables are illegal addresses; zero when the read is answered normally. The
    /// targets ignore the unit id, as most Modbus/TCP servers do.
    /// </summary>
    public static byte ExceptionFor(byte function, ushort start, ushort count) => function switch
    {
        2 => 0x01,
        1 or 3 when start + count <= CoilsAndHolding => 0,
        4 when start + count <= InputRegisters => 0,
        _ => 0x02,
    };

    private static (IReadOnlyList<SimPacket> Packets, int Reads, int Exceptions) Sweep(SimulationContext context, PlantDevice rtu, PlantDevice target, long at, SimRandom random)
    {
        var modbus = new ModbusClient(context.Tcp(rtu, target, 502, at, random), random);
        var packets = new List<SimPacket>(modbus.Connect());
        var reads = 0;
        var exceptions = 0;
        for (byte unit = 1; unit <= UnitIds; unit++)
        {
            for (byte function = 1; function <= 4; function++)
            {
                for (var start = 0; start + ReadCount <= ushort.MaxValue; start += AddressStride)
                {
                    var exception = ExceptionFor(function, (ushort)start, ReadCount);
                    modbus.Tcp.Wait(random.Next(2, 8) * SimTime.Millisecond);
                    packets.AddRange(modbus.Read(unit, function, (ushort)start, ReadCount, exception));
                    reads++;
                    exceptions += exception == 0 ? 0 : 1;
                }
            }
        }
        packets.AddRange(modbus.Close());
        return (packets, reads, exceptions);
    }

    private static IReadOnlyList<SimPacket> CoilWrite(SimulationContext context, PlantDevice rtu, PlantDevice victim, long at, SimRandom random)
    {
        var modbus = new ModbusClient(context.Tcp(rtu, victim, 502, at, random), random);
        var packets = new List<SimPacket>(modbus.Connect());
        modbus.Tcp.Wait(random.Next(200, 900) * SimTime.Millisecond);
        packets.AddRange(modbus.WriteCoil((ushort)random.Next(0, 64), true));
        packets.AddRange(modbus.Close());
        return packets;
    }
}
