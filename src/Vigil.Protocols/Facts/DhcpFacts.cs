namespace Vigil.Protocols.Facts;

/// <summary>What a DHCP exchange revealed about a client.</summary>
public sealed class DhcpFacts
{
    public string? HostName { get; set; }
    public string? VendorClass { get; set; }
    /// <summary>The client hardware address (chaddr), "aa:bb:cc:dd:ee:ff".</summary>
    public string? ClientMac { get; set; }
    /// <summary>The address the server assigned (yiaddr) or the client requested (option 50).</summary>
    public string? Address { get; set; }
    /// <summary>The DHCP message type of the last message (1 DISCOVER … 5 ACK).</summary>
    public byte MessageType { get; set; }
}
