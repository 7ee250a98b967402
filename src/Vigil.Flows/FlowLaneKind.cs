namespace Vigil.Flows;

/// <summary>
/// The timeout classes of flows. Flows of one class share one timeout, so each class keeps its
/// flows in least-recently-active order and idle expiry only looks at the oldest ones.
/// </summary>
internal enum FlowLaneKind : byte
{
    TcpEstablished,
    TcpTransitory,
    TcpClosing,
    Udp,
    Icmp,
    Other,
}
