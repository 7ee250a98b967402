namespace Vigil.Contracts.Subnets;

/// <summary>What the estate grain answers at the start of a step.</summary>
[GenerateSerializer, Immutable, Alias("vigil.estate-facts")]
public sealed record EstateFacts
{
    /// <summary>External endpoint → established devices that contacted it (only the endpoints asked for).</summary>
    [Id(0)] public IReadOnlyDictionary<string, int> ExternalReach { get; init; } = new Dictionary<string, int>();
    [Id(1)] public int EstablishedDevices { get; init; }
    /// <summary>Subnet → the ICS services its established devices serve; a subnet listed here is inferred ICS.</summary>
    [Id(2)] public IReadOnlyDictionary<string, IReadOnlyList<string>> IcsSubnets { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
