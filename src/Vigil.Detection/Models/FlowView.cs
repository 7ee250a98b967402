using Vigil.Contracts.Flows;

namespace Vigil.Detection.Models;

/// <summary>
/// One flow report as the device models see it, with what the device's baseline said about it
/// <em>before</em> this report was learnt: whether the peer and the service were known.
/// </summary>
/// <param name="Flow">The report.</param>
/// <param name="Acting">The device originated the flow and sent packets of it.</param>
/// <param name="Peer">The other endpoint.</param>
/// <param name="PeerZone">The peer's zone role.</param>
/// <param name="Service">"tcp/502" etc.</param>
/// <param name="PeerKnown">The device had talked to the peer before this flow.</param>
/// <param name="ServiceKnown">The device had used the service as a client before this flow.</param>
public sealed record FlowView(FlowEvent Flow, bool Acting, string Peer, string PeerZone, string Service, bool PeerKnown, bool ServiceKnown)
{
    /// <summary>The capture time a judgement of this report is stamped with.</summary>
    public long TimeNs => Flow.EndNs;
}
