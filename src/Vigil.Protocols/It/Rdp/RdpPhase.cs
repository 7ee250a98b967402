namespace Vigil.Protocols.It.Rdp;

/// <summary>Where one direction of an RDP flow is: the X.224 exchange, the TLS that follows, or past what we parse.</summary>
internal enum RdpPhase : byte
{
    Connection,
    AfterConnection,
    Tls,
    Done,
}
