using Vigil.Host.Network;

namespace Vigil.Host.Analysis;

/// <summary>How to analyse a capture.</summary>
public sealed record AnalyzeOptions
{
    public required string OutputDirectory { get; init; }
    public LearningWindow Learning { get; init; } = LearningWindow.Auto;
    /// <summary>Blocks inside the estate; empty means the private ranges.</summary>
    public IReadOnlyList<Cidr> InternalNetworks { get; init; } = [];
    /// <summary>Capture time per step: the grains catch up at every step boundary.</summary>
    public TimeSpan Step { get; init; } = TimeSpan.FromSeconds(10);
    public int MaxFlows { get; init; } = 1_000_000;
    /// <summary>Configured zones (`--zones`); subnets not covered are inferred.</summary>
    public IReadOnlyList<ZoneDefinition> Zones { get; init; } = [];
    /// <summary>
    /// Whether the runtime's own log lines (Orleans) go to standard error (`--verbose`); otherwise they go to
    /// runtime.log in <see cref="OutputDirectory"/>.
    /// </summary>
    public bool Verbose { get; init; }
}
