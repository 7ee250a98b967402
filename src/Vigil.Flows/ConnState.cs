namespace Vigil.Flows;

/// <summary>
/// Connection states in Zeek's conn_state vocabulary, so that analysts (and tests against Zeek
/// logs) read them the same way. UDP and ICMP flows are S0 (one-way), SF (both ways) or OTH.
/// </summary>
public enum ConnState : byte
{
    /// <summary>Connection attempt seen, no reply.</summary>
    S0,
    /// <summary>Established, not terminated.</summary>
    S1,
    /// <summary>Normal establishment and termination.</summary>
    SF,
    /// <summary>Connection attempt rejected (SYN answered by RST).</summary>
    REJ,
    /// <summary>Established, close attempt by originator seen (no reply from responder).</summary>
    S2,
    /// <summary>Established, close attempt by responder seen (no reply from originator).</summary>
    S3,
    /// <summary>Established, originator aborted (sent a RST).</summary>
    RSTO,
    /// <summary>Responder sent a RST.</summary>
    RSTR,
    /// <summary>Originator sent a SYN followed by a RST; never saw a SYN-ACK from the responder.</summary>
    RSTOS0,
    /// <summary>Responder sent a SYN ACK followed by a RST; never saw a SYN from the (purported) originator.</summary>
    RSTRH,
    /// <summary>Originator sent a SYN followed by a FIN; never saw a SYN ACK from the responder.</summary>
    SH,
    /// <summary>Responder sent a SYN ACK followed by a FIN; never saw a SYN from the originator.</summary>
    SHR,
    /// <summary>No SYN seen, just midstream traffic.</summary>
    OTH,
}
