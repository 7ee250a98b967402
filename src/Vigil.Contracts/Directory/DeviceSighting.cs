namespace Vigil.Contracts.Directory;

/// <summary>A device active in one step: where it lives and what it was seen doing.</summary>
[GenerateSerializer, Immutable, Alias("vigil.device-sighting")]
public sealed record DeviceSighting
{
    [Id(0)] public required string Ip { get; init; }
    [Id(1)] public required string Subnet { get; init; }
    /// <summary>Earliest flow start in the step, ns since the Unix epoch.</summary>
    [Id(2)] public long FirstNs { get; init; }
    /// <summary>Latest flow end in the step, ns since the Unix epoch.</summary>
    [Id(3)] public long LastNs { get; init; }
    [Id(4)] public IReadOnlyList<int> Vlans { get; init; } = [];
    /// <summary>Services involved, as "tcp/502" (offered or used), for the protocol filter.</summary>
    [Id(5)] public IReadOnlyList<string> Services { get; init; } = [];
}
