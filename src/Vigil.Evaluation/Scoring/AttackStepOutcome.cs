namespace Vigil.Evaluation.Scoring;

/// <summary>One attack step and, for each model it should trigger, whether it did.</summary>
/// <param name="Name">Step name.</param>
/// <param name="Start">Step start.</param>
/// <param name="End">Step end (the grace comes on top).</param>
/// <param name="Attacker">The acting device.</param>
/// <param name="Models">One entry per expected model, in the labels' order.</param>
public sealed record AttackStepOutcome(string Name, DateTimeOffset Start, DateTimeOffset End, string Attacker, IReadOnlyList<ModelDetection> Models);
