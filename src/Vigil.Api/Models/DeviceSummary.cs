namespace Vigil.Api.Models;

/// <summary>A device in the list: directory facts and the headline counters of its grain.</summary>
public sealed record DeviceSummary
{
    public required string Ip { get; init; }
    public required string Subnet { get; init; }
    public string? FirstSeen { get; init; }
    public string? LastSeen { get; init; }
    public IReadOnlyList<int> Vlans { get; init; } = [];
    public IReadOnlyList<string> Services { get; init; } = [];
    public int Peers { get; init; }
    public long Flows { get; init; }
    public long BytesSent { get; init; }
    public long BytesReceived { get; init; }
    public int Alerts { get; init; }
    public IReadOnlyList<string> Names { get; init; } = [];
    public string? Vendor { get; init; }
    public string? Product { get; init; }
    /// <summary>Role guess (plc, rtu, hmi_scada, engineering_workstation, historian, server, it_workstation), null when nothing points anywhere.</summary>
    public string? Role { get; init; }
    /// <summary>Zone role (it, ics, dmz) and, when configured, the zone's name.</summary>
    public string? Zone { get; init; }
    public string? ZoneName { get; init; }
}
