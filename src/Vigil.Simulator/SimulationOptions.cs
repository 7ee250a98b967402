namespace Vigil.Simulator;

/// <summary>What to simulate. Everything that varies between runs comes from these values and nothing else.</summary>
public sealed record SimulationOptions
{
    /// <summary>Scenario name (see <see cref="Scenarios.Scenarios.Names"/>).</summary>
    public string Scenario { get; init; } = Vigil.Simulator.Scenarios.ReferenceIncidentScenario.ScenarioName;

    /// <summary>Seed: the same seed gives a byte-identical capture.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>First capture time.</summary>
    public DateTimeOffset Start { get; init; } = new(2024, 4, 22, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Benign-only learning period at the start of the capture.</summary>
    public TimeSpan LearningDuration { get; init; } = TimeSpan.FromDays(2);

    /// <summary>When the attack (or benign change) starts; default 30 minutes after learning ends.</summary>
    public DateTimeOffset? AttackStart { get; init; }

    /// <summary>Benign traffic kept after the scenario's own activity ends.</summary>
    public TimeSpan Tail { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>SCADA polling interval: the main volume knob (each PLC is read once per interval).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>End of learning.</summary>
    public DateTimeOffset LearningEnd => Start + LearningDuration;

    /// <summary>The attack start actually used.</summary>
    public DateTimeOffset EffectiveAttackStart => AttackStart ?? LearningEnd + TimeSpan.FromMinutes(30);
}
