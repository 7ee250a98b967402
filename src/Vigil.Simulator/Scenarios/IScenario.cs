using Vigil.Simulator.Behaviour;

namespace Vigil.Simulator.Scenarios;

/// <summary>A named story the plant lives through after its learning period.</summary>
public interface IScenario
{
    /// <summary>Name used on the command line and in labels.</summary>
    string Name { get; }

    /// <summary>
    /// True when the scenario runs on the noisy plant (<see cref="Plant.NoisyEstate"/>: printers, scanner,
    /// monitoring, backups, a decommissioned server). Opt-in, so the original scenarios keep their bytes.
    /// </summary>
    bool NoisyPlant => false;

    /// <summary>How long the scenario's own activity lasts from its start.</summary>
    TimeSpan Span { get; }

    /// <summary>
    /// Adds the scenario's devices to the plant and returns all sources; <paramref name="eventStart"/>
    /// is when the attack (or the benign change) begins.
    /// </summary>
    ScenarioPlan Build(SimulationContext context, long eventStart);
}
