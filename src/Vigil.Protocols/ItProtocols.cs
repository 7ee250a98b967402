namespace Vigil.Protocols;

/// <summary>The IT protocols Vigil parses (TLS, RDP, DNS, DHCP, NTP, SMB2, HTTP).</summary>
public static class ItProtocols
{
    public static IReadOnlyList<ProtocolDescriptor> All { get; } = [];
}
