namespace Vigil.Api.Models;

/// <summary>One device: identity, what it offers and uses, volumes, and its alert count.</summary>
public sealed record DeviceDetail
{
    public required string Ip { get; init; }
    public required string Subnet { get; init; }
    public IReadOnlyList<string> Macs { get; init; } = [];
    public IReadOnlyList<int> Vlans { get; init; } = [];
    public string? FirstSeen { get; init; }
    public string? LastSeen { get; init; }
    public int Peers { get; init; }
    public IReadOnlyList<string> ServicesOffered { get; init; } = [];
    public IReadOnlyList<string> ServicesUsed { get; init; } = [];
    public long Flows { get; init; }
    public long BytesSent { get; init; }
    public long BytesReceived { get; init; }
    public int Alerts { get; init; }
    /// <summary>Names from DHCP and DNS, most recent last.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];
    /// <summary>From the MAC prefix or what the device said about itself.</summary>
    public string? Vendor { get; init; }
    /// <summary>What the device said about itself (Modbus 43/14, S7 SZL, …).</summary>
    public string? Product { get; init; }
    public string? Role { get; init; }
    /// <summary>Why the role was guessed, in plain words.</summary>
    public IReadOnlyList<string> RoleEvidence { get; init; } = [];
    public string? Zone { get; init; }
    public string? ZoneName { get; init; }
    /// <summary>Why the device is in its zone.</summary>
    public string? ZoneEvidence { get; init; }
}
