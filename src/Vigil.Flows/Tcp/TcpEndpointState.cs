namespace Vigil.Flows.Tcp;

/// <summary>What one side of a TCP connection has done, in Zeek's endpoint vocabulary (TCP_ENDPOINT_*).</summary>
internal enum TcpEndpointState : byte
{
    /// <summary>Nothing seen from this side (or only a bare ACK of a SYN).</summary>
    Inactive,
    /// <summary>Sent a SYN.</summary>
    SynSent,
    /// <summary>The originator sent a SYN-ACK as its first packet.</summary>
    SynAckSent,
    /// <summary>Active, but its SYN was never seen (midstream).</summary>
    Partial,
    /// <summary>The handshake completed for this side.</summary>
    Established,
    /// <summary>Sent a FIN.</summary>
    Closed,
    /// <summary>Sent a RST.</summary>
    Reset,
}
