using Vigil.Simulator.Behaviour;
using Vigil.Simulator.Labels;
using Vigil.Simulator.Packets;
using M = Vigil.Contracts.Alerts.ModelNames;

namespace Vigil.Simulator.Scenarios;

/// <summary>
/// A quieter attack from a known, compromised IT workstation: a slow scan of the OT subnet on 502
/// (one probe every ~14 s), Modbus identification of the PLCs it found, then register writes.
/// </summary>
public sealed class ModbusOnlyScenario : IScenario
{
    /// <summary>Name on the command line.</summary>
    public const string ScenarioName = "modbus-only";

    /// <inheritdoc />
    public string Name => ScenarioName;

    /// <inheritdoc />
    public TimeSpan Span => TimeSpan.FromHours(2);

    /// <inheritdoc />
    public ScenarioPlan Build(SimulationContext context, long eventStart)
    {
        var plant = context.Plant;
        var random = context.Random("modbus-only");
        var window = new StepWindow(eventStart);
        var sources = new List<IEnumerable<SimPacket>>(BenignPlant.Activities(context, _ => context.PollInterval));
        var attacker = plant.Workstations[random.Next(plant.Workstations.Count)];
        var plcs = plant.ModbusPlcs;
        var steps = new List<StepLabel>();

        sources.Add(AttackSteps.Scan(context, attacker, plant.OtSubnet, plant.OtVlan, [502], eventStart, 14 * SimTime.Second, random.Fork("scan")));
        steps.Add(window.Step("slow_modbus_scan", StepLabel.AttackKind, TimeSpan.Zero, TimeSpan.FromMinutes(60), attacker, plcs,
            [M.NetworkScan, M.MultipleFailedInternalConnections, M.MultipleFailedConnectionsToIcsDevice, M.AnomalousItToIcsConnection, M.PossibleIcsProtocol],
            "A compromised workstation slowly probes every OT address on 502."));

        sources.Add(ReferenceIncidentScenario.Discovery(context, attacker, plcs, window.At(TimeSpan.FromMinutes(65)), random.Fork("discovery")));
        steps.Add(window.Step("modbus_discovery", StepLabel.AttackKind, TimeSpan.FromMinutes(65), TimeSpan.FromMinutes(82), attacker, plcs,
            [M.MultipleNewDiscoverCommands, M.UnusualIcsConnectivity, M.AnomalousItToIcsConnection],
            "Modbus 43/14 and 17 identification of the Modbus PLCs."));

        sources.Add(ReferenceIncidentScenario.Actions(context, attacker, plcs, window.At(TimeSpan.FromMinutes(85)), random.Fork("actions")));
        steps.Add(window.Step("modbus_writes", StepLabel.AttackKind, TimeSpan.FromMinutes(85), TimeSpan.FromMinutes(105), attacker, plcs,
            [M.MultipleNewActionCommands, M.UnusualIcsConnectivity], "Modbus FC 16 and FC 6 register writes."));
        return new ScenarioPlan(sources, steps);
    }
}
