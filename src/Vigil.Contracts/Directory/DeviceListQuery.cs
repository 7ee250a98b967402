namespace Vigil.Contracts.Directory;

/// <summary>Filters and one page of the device list. Every filter is optional; all given must match.</summary>
[GenerateSerializer, Immutable, Alias("vigil.device-list-query")]
public sealed record DeviceListQuery
{
    /// <summary>Exact subnet, e.g. "10.20.0.0/24".</summary>
    [Id(0)] public string? Subnet { get; init; }
    [Id(1)] public int? Vlan { get; init; }
    /// <summary>A service the device offered or used, e.g. "tcp/502".</summary>
    [Id(2)] public string? Service { get; init; }
    /// <summary>Substring of the address.</summary>
    [Id(3)] public string? Text { get; init; }
    /// <summary>Only devices last seen at or after this capture time (ns).</summary>
    [Id(4)] public long? SeenSinceNs { get; init; }
    [Id(5)] public int Offset { get; init; }
    [Id(6)] public int Limit { get; init; } = 100;
    /// <summary>Zone role ("it", "ics", "dmz") or a configured zone's name.</summary>
    [Id(7)] public string? Zone { get; init; }
    /// <summary>Role guess, e.g. "plc"; "unknown" matches devices without one.</summary>
    [Id(8)] public string? Role { get; init; }
    /// <summary>
    /// Devices to list first, in this order (the API's risk ranking); the others follow in address order.
    /// Bounded by the caller (the API passes at most a few hundred).
    /// </summary>
    [Id(9)] public IReadOnlyList<string> First { get; init; } = [];
}
