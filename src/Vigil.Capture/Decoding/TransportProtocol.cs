namespace Vigil.Capture.Decoding;

/// <summary>IP protocol numbers Vigil tracks by name; any other number is carried as its value.</summary>
public enum TransportProtocol : byte
{
    Unknown = 0,
    Icmp = 1,
    Tcp = 6,
    Udp = 17,
    Icmpv6 = 58,
}
