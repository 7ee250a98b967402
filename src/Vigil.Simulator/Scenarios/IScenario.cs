using Vigil.Simulator.Behaviour;

namespace Vigil.Simulator.Scenarios;

/// <summary>A named story the plant lives through after its learning period.</summary>
public interface IScenario
{
    /// <summary>Name used on the command line and in labels.</summary>
    string Name { get; }

    /// <summary>How long the scenario's own activity lasts from its start.</summary>
    TimeSpan Span { get; }

    /// <summary>
    /// Adds the scenario's devices to the plant and returns all sources; <paramref name="eventStart"/>
    /// is when the attack (or the benign change) begins.
    /// </summary>
    ScenarioPlan Build(SimulationContext context, long eventStart);
}
