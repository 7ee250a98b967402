namespace Vigil.Contracts.Directory;

/// <summary>What one step of capture time taught the directory.</summary>
[GenerateSerializer, Immutable, Alias("vigil.directory-update")]
public sealed record DirectoryUpdate
{
    [Id(0)] public IReadOnlyList<DeviceSighting> Sightings { get; init; } = [];
    [Id(1)] public IReadOnlyList<ConduitObservation> Conduits { get; init; } = [];
    /// <summary>When learning ends (capture ns), so conduits first seen before it count as baseline; 0 leaves it unchanged.</summary>
    [Id(2)] public long LearningEndNs { get; init; }
}
