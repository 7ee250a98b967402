using Vigil.Contracts.Devices;
using Vigil.Contracts.Flows;

namespace Vigil.Host.Ingest;

/// <summary>The flow reports of one step that involve one device, in capture order.</summary>
public sealed record DeviceEvents(string Device, string Subnet, List<FlowEvent> Events)
{
    /// <summary>Names other flows gave this device during the step.</summary>
    public List<NameObservation> Names { get; } = [];
}
