using Vigil.Capture.Decoding;
using Vigil.Protocols.It.Dhcp;
using Vigil.Protocols.It.Dns;
using Vigil.Protocols.It.Http;
using Vigil.Protocols.It.Ntp;
using Vigil.Protocols.It.Rdp;
using Vigil.Protocols.It.Smb;
using Vigil.Protocols.It.Tls;

namespace Vigil.Protocols;

/// <summary>
/// The IT protocols Vigil parses (TLS, RDP, SMB, HTTP, DHCP, NTP, DNS). Ordered so the strictest
/// content probes are tried first when a flow is recognised by content alone; DNS is known by
/// its ports only, since its header has too little structure to tell it from other datagrams.
/// </summary>
public static class ItProtocols
{
    public static IReadOnlyList<ProtocolDescriptor> All { get; } =
    [
        new("dhcp", TransportProtocol.Udp, [67, 68], static (_, bytes) => DhcpMessageReader.LooksLikeDhcp(bytes), static () => new DhcpParser()),
        new("tls", TransportProtocol.Tcp, [443, 465, 636, 853, 993, 995, 4443, 5061, 8443, 8883], TlsProbe.Matches, static () => new TlsParser()),
        new("rdp", TransportProtocol.Tcp, [3389], RdpProbe.Matches, static () => new RdpParser()),
        new("smb", TransportProtocol.Tcp, [445, 139], SmbProbe.Matches, static () => new SmbParser()),
        new("http", TransportProtocol.Tcp, [80, 8000, 8008, 8080, 8088], HttpProbe.Matches, static () => new HttpParser()),
        new("ntp", TransportProtocol.Udp, [123], NtpProbe.Matches, static () => new NtpParser()),
        new("dns", TransportProtocol.Udp, [53, 5353, 5355], null, static () => new DnsParser(overTcp: false)),
        new("dns", TransportProtocol.Tcp, [53], null, static () => new DnsParser(overTcp: true)),
    ];
}
