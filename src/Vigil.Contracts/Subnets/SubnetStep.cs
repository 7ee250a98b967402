namespace Vigil.Contracts.Subnets;

/// <summary>The summaries of one step for one subnet, sorted by device so the grain sees them in a fixed order.</summary>
[GenerateSerializer, Immutable, Alias("vigil.subnet-step")]
public sealed record SubnetStep
{
    [Id(0)] public long StepEndNs { get; init; }
    [Id(1)] public long LearningEndNs { get; init; }
    [Id(2)] public IReadOnlyList<DeviceActivitySummary> Summaries { get; init; } = [];
}
