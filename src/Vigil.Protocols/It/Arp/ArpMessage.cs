using Vigil.Capture.Decoding;

namespace Vigil.Protocols.It.Arp;

/// <summary>An ARP request or reply for IPv4 over Ethernet.</summary>
/// <param name="Operation">1 request, 2 reply (RFC 826); other values are carried as-is.</param>
public readonly record struct ArpMessage(
    ushort Operation,
    MacAddress SenderMac,
    NetAddress SenderIp,
    MacAddress TargetMac,
    NetAddress TargetIp)
{
    public const ushort Request = 1;
    public const ushort Reply = 2;

    /// <summary>Gratuitous ARP: a host announcing its own address (sender IP = target IP).</summary>
    public bool IsGratuitous => SenderIp == TargetIp;
}
