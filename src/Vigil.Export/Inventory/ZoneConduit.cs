namespace Vigil.Export.Inventory;

/// <summary>
/// An observed conduit between two zones (IEC 62443-3-2 sense): the services that crossed it, the devices
/// that used it, when, whether it was in the learnt baseline, and the IEC 62443-3-3 system requirements
/// that apply to it with what the observation suggests checking.
/// </summary>
public sealed record ZoneConduit
{
    public required string FromZone { get; init; }
    public required string ToZone { get; init; }
    /// <summary>Zone roles ("it", "ics", "dmz", "external"); null when unknown.</summary>
    public string? FromRole { get; init; }
    public string? ToRole { get; init; }
    public IReadOnlyList<string> FromSubnets { get; init; } = [];
    public IReadOnlyList<string> ToSubnets { get; init; } = [];
    /// <summary>Services ("tcp/502") seen on the conduit.</summary>
    public IReadOnlyList<string> Services { get; init; } = [];
    /// <summary>Services first seen after learning ended.</summary>
    public IReadOnlyList<string> NewServices { get; init; } = [];
    /// <summary>Device pairs "orig>resp" (bounded per subnet conduit).</summary>
    public IReadOnlyList<string> Devices { get; init; } = [];
    public long Flows { get; init; }
    public long Failed { get; init; }
    public long FirstNs { get; init; }
    public long LastNs { get; init; }
    /// <summary>"baseline" (every service seen while learning), "new" (none was) or "changed" (new services on a known conduit).</summary>
    public required string Status { get; init; }
    /// <summary>IEC 62443-3-3 system requirements that govern the conduit, e.g. "SR 5.2 Zone boundary protection".</summary>
    public IReadOnlyList<string> Requirements { get; init; } = [];
    /// <summary>What to check, in plain sentences.</summary>
    public IReadOnlyList<string> Findings { get; init; } = [];
}
