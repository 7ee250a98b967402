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
}
