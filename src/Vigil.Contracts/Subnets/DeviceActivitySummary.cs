namespace Vigil.Contracts.Subnets;

/// <summary>What one device did in one step, as its subnet grain needs it to correlate across devices.</summary>
[GenerateSerializer, Immutable, Alias("vigil.device-activity-summary")]
public sealed record DeviceActivitySummary
{
    [Id(0)] public required string Device { get; init; }
    [Id(1)] public required string Subnet { get; init; }
    /// <summary>The device was seen before the learning window ended.</summary>
    [Id(2)] public bool Established { get; init; }
    /// <summary>Distinct internal peers the device contacted (as originator) in the last 24 h.</summary>
    [Id(3)] public int DailyInternalPeers { get; init; }
    /// <summary>Services ("tcp/3389") the device used as a client for the first time in this step.</summary>
    [Id(4)] public IReadOnlyList<string> NewClientServices { get; init; } = [];
    /// <summary>Failed connection attempts the device made in this step.</summary>
    [Id(5)] public int FailedAttempts { get; init; }
    /// <summary>Connection attempts the device made in this step.</summary>
    [Id(6)] public int Attempts { get; init; }
    /// <summary>Distinct (peer, port) pairs first contacted in this step, as "peer:port:ok|fail", for scan correlation.</summary>
    [Id(7)] public IReadOnlyList<string> FirstContacts { get; init; } = [];
    /// <summary>External endpoints the device contacted for the first time in this step (for estate rarity).</summary>
    [Id(8)] public IReadOnlyList<string> NewExternalPeers { get; init; } = [];
    /// <summary>ICS services ("tcp/502") the device answered as a server for the first time in this step (for zone inference).</summary>
    [Id(9)] public IReadOnlyList<string> NewIcsServicesOffered { get; init; } = [];
    /// <summary>First packet of the device, ns.</summary>
    [Id(10)] public long FirstSeenNs { get; init; }
    /// <summary>Latest packet of the device, ns.</summary>
    [Id(11)] public long LastSeenNs { get; init; }
    /// <summary>Latest capture time in this step's events (0 when none), for scan episodes.</summary>
    [Id(12)] public long StepLastEventNs { get; init; }
    /// <summary>
    /// Behaviours the device showed for the first time in this step that its subnet counts among its
    /// established members ("zone/ics", "ics-external", "unseen-external"; see SubnetBehaviours).
    /// </summary>
    [Id(13)] public IReadOnlyList<string> NewBehaviours { get; init; } = [];
}
