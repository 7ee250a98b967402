namespace Vigil.Protocols.Facts;

/// <summary>What an RDP X.224 Connection Request and Confirm revealed.</summary>
public sealed class RdpFacts
{
    /// <summary>The user name of the "Cookie: mstshash=USER" routing cookie, if any.</summary>
    public string? Cookie { get; set; }
    /// <summary>Protocols the client asked for (RDP_NEG_REQ flags: 1 TLS, 2 CredSSP, 8 RDSTLS…).</summary>
    public uint? RequestedProtocols { get; set; }
    /// <summary>The protocol the server selected (RDP_NEG_RSP).</summary>
    public uint? SelectedProtocol { get; set; }
    /// <summary>The RDP_NEG_FAILURE failureCode when the server refused the requested protocols.</summary>
    public uint? NegotiationFailure { get; set; }
}
