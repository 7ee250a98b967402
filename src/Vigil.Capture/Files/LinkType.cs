namespace Vigil.Capture.Files;

/// <summary>
/// Link-layer header types (tcpdump.org LINKTYPE_ values) that Vigil decodes. Others are reported
/// as unsupported rather than guessed at.
/// </summary>
public enum LinkType : ushort
{
    /// <summary>BSD loopback: a 4-byte address family in host byte order.</summary>
    Null = 0,
    Ethernet = 1,
    /// <summary>Raw IPv4 or IPv6, told apart by the version nibble.</summary>
    Raw = 101,
    /// <summary>OpenBSD loopback: a 4-byte address family in network byte order.</summary>
    Loop = 108,
    LinuxSll = 113,
    RawIPv4 = 228,
    RawIPv6 = 229,
    LinuxSll2 = 276,
}
