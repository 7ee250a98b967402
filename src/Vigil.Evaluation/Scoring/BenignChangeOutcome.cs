namespace Vigil.Evaluation.Scoring;

/// <summary>A labelled benign change and the alerts tolerated in it (they are neither detections nor false alerts).</summary>
/// <param name="Name">Step name.</param>
/// <param name="Start">Step start.</param>
/// <param name="End">Step end (the grace comes on top).</param>
/// <param name="Actor">The device that changed.</param>
/// <param name="AlertsTolerated">Alerts on the step's devices within its window.</param>
/// <param name="ModelsSeen">Distinct models of those alerts, in order of first appearance.</param>
public sealed record BenignChangeOutcome(string Name, DateTimeOffset Start, DateTimeOffset End, string Actor, int AlertsTolerated, IReadOnlyList<string> ModelsSeen);
