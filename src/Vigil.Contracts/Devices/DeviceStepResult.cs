using Vigil.Contracts.Alerts;
using Vigil.Contracts.Subnets;

namespace Vigil.Contracts.Devices;

/// <summary>What a device grain reports back at the end of a step.</summary>
[GenerateSerializer, Immutable, Alias("vigil.device-step-result")]
public sealed record DeviceStepResult
{
    [Id(0)] public IReadOnlyList<Alert> Alerts { get; init; } = [];
    [Id(1)] public required DeviceActivitySummary Summary { get; init; }
}
