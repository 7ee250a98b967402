using System.Globalization;
using Vigil.Simulator.Behaviour;
using Vigil.Simulator.Labels;
using Vigil.Simulator.Packets;
using Vigil.Simulator.Plant;
using Vigil.Simulator.Protocols;
using M = Vigil.Contracts.Alerts.ModelNames;

namespace Vigil.Simulator.Scenarios;

/// <summary>
/// The SCADA server (the HMI) polls an S7 PLC on one long-lived connection and, day and night, operators
/// write setpoints in one data block through it. An attacker on the HMI reuses that very connection to
/// write memory areas the HMI never writes (outputs, flags, other data blocks), then floods the same
/// session with thousands of writes a minute. Nothing new is visible at the connection or operation-key
/// level: only the areas and the rate are (issue 13).
/// </summary>
public sealed class HmiSessionReuseScenario : IScenario
{
    /// <summary>Name on the command line.</summary>
    public const string ScenarioName = "hmi-session-reuse";

    /// <summary>The data block the operators' setpoints live in: the only area the HMI writes normally.</summary>
    public const ushort SetpointBlock = 10;

    /// <summary>Writes of the flood.</summary>
    public const int FloodWrites = 6000;

    /// <summary>Areas and blocks the attacker writes that the HMI never does: outputs (Q), flags (M), DB 1 and DB 99.</summary>
    public static readonly IReadOnlyList<S7Item> ForeignAreas =
    [
        new(0x82, 0, 0, 2), new(0x83, 0, 40, 2), new(0x84, 1, 0, 4), new(0x84, 99, 12, 2), new(0x82, 0, 4, 1),
    ];

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
        var victim = random.Pick(plant.S7Plcs);
        TimeSpan Min(double minutes) => TimeSpan.FromMinutes(minutes);

        var operatorWrites = Schedule.Poisson(random.Fork("operator"), context.Start, context.End, 15 * 60, _ => 1.0)
            .Select(t => new Write(t, [new S7Item(0x84, SetpointBlock, random.Next(0, 10) * 2, 2)]));
        var foreign = ForeignAreas.Select((item, i) => new Write(window.At(Min(2)) + i * random.Next(8, 25) * SimTime.Second, [item]));
        var flood = new Write(window.At(Min(15)), Enumerable.Range(0, FloodWrites).Select(i => new S7Item(0x84, SetpointBlock, i % 10 * 2, 2)).ToList());
        var script = new Queue<Write>(operatorWrites.Concat(foreign).Append(flood).OrderBy(w => w.At));

        var (sources, steps) = NoisyBaseline.Begin(context, plc => plc == victim ? Interject(script, random.Fork("values")) : null);
        steps.Add(window.Step("session_reuse_writes", StepLabel.AttackKind, Min(2), Min(10), plant.Scada, [victim],
            [M.MultipleNewActionCommands],
            "The HMI's own S7 polling session is reused to write outputs, flags and data blocks it never writes."));
        steps.Add(window.Step("write_flood", StepLabel.AttackKind, Min(15), Min(25), plant.Scada, [victim],
            [ProposedModels.IcsWriteFlood],
            string.Create(CultureInfo.InvariantCulture, $"{FloodWrites} writes on the same session in a few minutes (thousands a minute; operators write a few an hour).")));
        return new ScenarioPlan(sources, steps);
    }

    /// <summary>
    /// Runs the writes due before the next poll on the session. The flood's writes follow each other
    /// back to back (one every ~20 ms), so the polls wait behind it as they would on a real connection.
    /// </summary>
    private static S7Interjection Interject(Queue<Write> script, SimRandom random) => (session, nextPoll) => Due(script, random, session, nextPoll);

    private static IEnumerable<SimPacket> Due(Queue<Write> script, SimRandom random, S7Client session, long nextPoll)
    {
        while (script.Count > 0 && script.Peek().At < nextPoll)
        {
            var write = script.Dequeue();
            session.Tcp.WaitUntil(write.At);
            foreach (var item in write.Items)
            {
                foreach (var packet in session.Write(item, random.Bytes(item.Length)))
                {
                    yield return packet;
                }
                session.Tcp.Wait(random.Next(8, 14) * SimTime.Millisecond);
            }
        }
    }

    private sealed record Write(long At, IReadOnlyList<S7Item> Items);
}
