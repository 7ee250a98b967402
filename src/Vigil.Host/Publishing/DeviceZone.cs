namespace Vigil.Host.Publishing;

/// <summary>A device's zone as the ingest's zone map sees it: role, why, and the configured zone's name if any.</summary>
public sealed record DeviceZone(string Role, string Evidence, string? Name)
{
    /// <summary>How conduits name the zone: the configured name, else the role ("it", "ics").</summary>
    public string Label => Name ?? Role;
}
