namespace Vigil.Simulator.Labels;

/// <summary>The labels file written next to a capture: what was simulated, when learning ends, who is who, what happened.</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Seed">Seed the capture was generated from.</param>
/// <param name="Start">First capture time.</param>
/// <param name="End">Last capture time.</param>
/// <param name="LearningEnd">End of the learning period: no step starts before it.</param>
/// <param name="Packets">Number of packets written.</param>
/// <param name="Zones">The IT and ICS zones.</param>
/// <param name="Devices">Internal devices.</param>
/// <param name="Steps">Labelled steps in time order.</param>
public sealed record SimulationLabels(
    string Scenario,
    ulong Seed,
    DateTimeOffset Start,
    DateTimeOffset End,
    DateTimeOffset LearningEnd,
    long Packets,
    IReadOnlyList<ZoneLabel> Zones,
    IReadOnlyList<DeviceLabel> Devices,
    IReadOnlyList<StepLabel> Steps);
