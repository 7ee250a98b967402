namespace Vigil.Api.Models;

/// <summary>A device involved in an incident, with enough identity to read the story (null fields: unknown, or not a device of the estate).</summary>
public sealed record IncidentDevice
{
    public required string Ip { get; init; }
    /// <summary>False for an address the estate has no device for (an external peer).</summary>
    public bool Known { get; init; }
    public IReadOnlyList<string> Names { get; init; } = [];
    public string? Vendor { get; init; }
    public string? Product { get; init; }
    public string? Role { get; init; }
    public string? Zone { get; init; }
    public string? Subnet { get; init; }
}
