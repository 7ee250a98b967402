namespace Vigil.Contracts.Flows;

/// <summary>What an ICS device said about itself, and through which protocol.</summary>
[GenerateSerializer, Immutable, Alias("vigil.device-identity-facts")]
public sealed record DeviceIdentityFacts
{
    [Id(0)] public required string Source { get; init; }
    [Id(1)] public string? Vendor { get; init; }
    [Id(2)] public string? Product { get; init; }
    [Id(3)] public string? Version { get; init; }
    [Id(4)] public string? Serial { get; init; }
}
