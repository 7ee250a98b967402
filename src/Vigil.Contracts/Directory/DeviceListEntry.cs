namespace Vigil.Contracts.Directory;

/// <summary>What the directory knows of one device.</summary>
[GenerateSerializer, Immutable, Alias("vigil.device-list-entry")]
public sealed record DeviceListEntry
{
    [Id(0)] public required string Ip { get; init; }
    [Id(1)] public required string Subnet { get; init; }
    [Id(2)] public long FirstSeenNs { get; init; }
    [Id(3)] public long LastSeenNs { get; init; }
    [Id(4)] public IReadOnlyList<int> Vlans { get; init; } = [];
    [Id(5)] public IReadOnlyList<string> Services { get; init; } = [];
    [Id(6)] public string? Zone { get; init; }
    [Id(7)] public string? ZoneEvidence { get; init; }
    [Id(8)] public string? ZoneName { get; init; }
    [Id(9)] public string? Role { get; init; }
}
