namespace Vigil.Contracts.Directory;

/// <summary>A device active in one step: where it lives and what it was seen doing.</summary>
[GenerateSerializer, Immutable, Alias("vigil.device-sighting")]
public sealed record DeviceSighting
{
    [Id(0)] public required string Ip { get; init; }
    [Id(1)] public required string Subnet { get; init; }
    /// <summary>Earliest flow start in the step, ns since the Unix epoch.</summary>
    [Id(2)] public long FirstNs { get; init; }
    /// <summary>Latest flow end in the step, ns since the Unix epoch.</summary>
    [Id(3)] public long LastNs { get; init; }
    [Id(4)] public IReadOnlyList<int> Vlans { get; init; } = [];
    /// <summary>Services involved, as "tcp/502" (offered or used), for the protocol filter.</summary>
    [Id(5)] public IReadOnlyList<string> Services { get; init; } = [];
    /// <summary>Zone role ("it", "ics", "dmz") as the ingest's zone map sees the device now; null leaves it unchanged.</summary>
    [Id(6)] public string? Zone { get; init; }
    /// <summary>Why the device is in <see cref="Zone"/>: the configured zone's name, or what the inference saw.</summary>
    [Id(7)] public string? ZoneEvidence { get; init; }
    /// <summary>The configured zone's name, when a configured zone holds the device.</summary>
    [Id(8)] public string? ZoneName { get; init; }
    /// <summary>The device grain's role guess ("plc", "hmi_scada", …); null leaves it unchanged.</summary>
    [Id(9)] public string? Role { get; init; }
}
