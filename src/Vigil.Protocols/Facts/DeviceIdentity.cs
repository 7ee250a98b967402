namespace Vigil.Protocols.Facts;

/// <summary>How an ICS device identified itself on the wire, and which protocol said so.</summary>
public sealed class DeviceIdentity
{
    public required string Source { get; init; }
    public string? Vendor { get; set; }
    public string? Product { get; set; }
    public string? Version { get; set; }
    public string? Serial { get; set; }
}
