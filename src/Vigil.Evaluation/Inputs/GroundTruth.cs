namespace Vigil.Evaluation.Inputs;

/// <summary>The labels file the simulator writes beside a capture (snake_case JSON), as far as scoring needs it.</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Seed">Seed the capture was generated from.</param>
/// <param name="Start">First capture time.</param>
/// <param name="End">Last capture time.</param>
/// <param name="LearningEnd">End of the learning window: alerts before it are not judged.</param>
/// <param name="Devices">The estate's internal devices.</param>
/// <param name="Steps">Labelled steps in time order.</param>
public sealed record GroundTruth(
    string Scenario,
    ulong Seed,
    DateTimeOffset Start,
    DateTimeOffset End,
    DateTimeOffset LearningEnd,
    IReadOnlyList<LabelledDevice> Devices,
    IReadOnlyList<LabelledStep> Steps);
