using Vigil.Simulator.Labels;
using Vigil.Simulator.Plant;

namespace Vigil.Simulator.Scenarios;

/// <summary>Builds step labels from nanosecond windows relative to the scenario start.</summary>
internal sealed class StepWindow(long eventStart)
{
    /// <summary>Absolute time of an offset from the scenario start.</summary>
    public long At(TimeSpan offset) => eventStart + SimTime.FromTimeSpan(offset);

    /// <summary>A step from <paramref name="from"/> to <paramref name="to"/> after the scenario start.</summary>
    public StepLabel Step(string name, string kind, TimeSpan from, TimeSpan to, PlantDevice actor, IEnumerable<PlantDevice> targets,
        IReadOnlyList<string> models, string description) =>
        new(name, kind, SimTime.ToDateTime(At(from)), SimTime.ToDateTime(At(to)), actor.Ip,
            targets.Select(t => t.Ip).Distinct().ToList(), models, description);
}
