namespace Vigil.Contracts.Devices;

/// <summary>A device as the inventory shows it.</summary>
[GenerateSerializer, Immutable, Alias("vigil.device-snapshot")]
public sealed record DeviceSnapshot
{
    [Id(0)] public required string Ip { get; init; }
    [Id(1)] public IReadOnlyList<string> Macs { get; init; } = [];
    [Id(2)] public IReadOnlyList<int> Vlans { get; init; } = [];
    [Id(3)] public long FirstSeenNs { get; init; }
    [Id(4)] public long LastSeenNs { get; init; }
    /// <summary>Distinct peers (internal and external) the device has talked to, approximately past a bound.</summary>
    [Id(5)] public int Peers { get; init; }
    /// <summary>Services the device offered ("tcp/502" as a server).</summary>
    [Id(6)] public IReadOnlyList<string> ServicesOffered { get; init; } = [];
    /// <summary>Services the device used as a client.</summary>
    [Id(7)] public IReadOnlyList<string> ServicesUsed { get; init; } = [];
    [Id(8)] public long Flows { get; init; }
    [Id(9)] public long BytesSent { get; init; }
    [Id(10)] public long BytesReceived { get; init; }
    [Id(11)] public required string Subnet { get; init; }
    [Id(12)] public int Alerts { get; init; }
    /// <summary>Names from DHCP and DNS, most recent last.</summary>
    [Id(13)] public IReadOnlyList<string> Names { get; init; } = [];
    /// <summary>The vendor from the MAC prefix or from what the device said about itself.</summary>
    [Id(14)] public string? Vendor { get; init; }
    /// <summary>What the device said about itself (product, version), e.g. via Modbus 43/14 or S7 SZL.</summary>
    [Id(15)] public string? Product { get; init; }
    /// <summary>A guess: plc, rtu, hmi_scada, engineering_workstation, historian, server, it_workstation; null when nothing points anywhere.</summary>
    [Id(16)] public string? Role { get; init; }
    /// <summary>Why <see cref="Role"/> was guessed, in plain words.</summary>
    [Id(17)] public IReadOnlyList<string> RoleEvidence { get; init; } = [];
    /// <summary>Zone role ("it", "ics", "dmz"), filled in by the inventory from the zone map.</summary>
    [Id(18)] public string? Zone { get; init; }
    /// <summary>Why the device is in its zone: the configured zone's name, or what the inference saw.</summary>
    [Id(19)] public string? ZoneEvidence { get; init; }
}
