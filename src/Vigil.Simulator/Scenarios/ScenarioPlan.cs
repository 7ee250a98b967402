using Vigil.Simulator.Labels;
using Vigil.Simulator.Packets;

namespace Vigil.Simulator.Scenarios;

/// <summary>What a scenario contributes to a run: every packet source (benign ones included) and its labelled steps.</summary>
/// <param name="Sources">Time-ordered packet sources to merge.</param>
/// <param name="Steps">Labelled steps.</param>
public sealed record ScenarioPlan(IReadOnlyList<IEnumerable<SimPacket>> Sources, IReadOnlyList<StepLabel> Steps);
