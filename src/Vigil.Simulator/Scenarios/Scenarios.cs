namespace Vigil.Simulator.Scenarios;

/// <summary>The scenarios the simulator knows, by name.</summary>
public static class Scenarios
{
    private static readonly IScenario[] All =
    [
        new ReferenceIncidentScenario(), new BenignDriftScenario(), new ModbusOnlyScenario(),
        // Issue 13: on the noisy plant.
        new BenignDriftScenario(noisy: true), new CompromisedWorkstationScenario(), new RtuAttackerScenario(),
        new IcsExploitationScenario(), new HmiSessionReuseScenario(),
    ];

    /// <summary>Scenario names, for the command line.</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(s => s.Name).ToArray();

    /// <summary>The scenario called <paramref name="name"/>.</summary>
    public static IScenario Get(string name) =>
        All.FirstOrDefault(s => s.Name == name)
        ?? throw new ArgumentException($"Unknown scenario '{name}'. Known: {string.Join(", ", Names)}.", nameof(name));
}
