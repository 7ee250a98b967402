using Vigil.Contracts.Flows;
using Vigil.Contracts.Subnets;

namespace Vigil.Contracts.Devices;

/// <summary>
/// One step of capture time for one device: the flow reports that involve it, in capture order,
/// with the context the models need. Capture time advances only through steps, so replaying a file
/// gives the same result whatever the thread timing.
/// </summary>
[GenerateSerializer, Immutable, Alias("vigil.device-step")]
public sealed record DeviceStep
{
    /// <summary>The end of this step (exclusive), ns since the Unix epoch.</summary>
    [Id(0)] public long StepEndNs { get; init; }
    /// <summary>Before this time no alerts are raised; models learn throughout.</summary>
    [Id(1)] public long LearningEndNs { get; init; }
    [Id(2)] public required string Subnet { get; init; }
    [Id(3)] public required SubnetProfile SubnetProfile { get; init; }
    [Id(4)] public IReadOnlyList<FlowEvent> Events { get; init; } = [];
    /// <summary>Names other devices' traffic gave this device in the step (DNS answers, DHCP).</summary>
    [Id(5)] public IReadOnlyList<NameObservation> Names { get; init; } = [];
    /// <summary>What the estate knew at the start of the step: zones of the peers, rarity of external endpoints.</summary>
    [Id(6)] public EstateView Estate { get; init; } = EstateView.Empty;
}
