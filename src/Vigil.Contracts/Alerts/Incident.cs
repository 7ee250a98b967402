namespace Vigil.Contracts.Alerts;

/// <summary>
/// A story an analyst reads first: the breaches of one device, and of the devices it touched, within
/// a time window, with a type, a title, a plain summary, the timeline (its alerts) and the highest score.
/// </summary>
[GenerateSerializer, Immutable, Alias("vigil.incident")]
public sealed record Incident
{
    /// <summary>"INC-0001", numbered by start time.</summary>
    [Id(0)] public required string Id { get; init; }
    /// <summary>Machine type: ics_control, reconnaissance, command_and_control, remote_access, anomalous_behaviour.</summary>
    [Id(1)] public required string Type { get; init; }
    [Id(2)] public required string Title { get; init; }
    [Id(3)] public required string Summary { get; init; }
    [Id(4)] public long StartNs { get; init; }
    [Id(5)] public long EndNs { get; init; }
    [Id(6)] public double Score { get; init; }
    /// <summary>The device the story is about (the one with the most breaches), then the others involved.</summary>
    [Id(7)] public IReadOnlyList<string> Devices { get; init; } = [];
    /// <summary>The alerts, in time order.</summary>
    [Id(8)] public IReadOnlyList<Alert> Timeline { get; init; } = [];
}
