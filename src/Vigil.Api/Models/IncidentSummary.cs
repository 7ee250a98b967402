namespace Vigil.Api.Models;

/// <summary>An incident in the list: its story in brief and whether an analyst has taken it.</summary>
public sealed record IncidentSummary
{
    public required string Id { get; init; }
    /// <summary>ics_control, reconnaissance, command_and_control, remote_access or anomalous_behaviour.</summary>
    public required string Type { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string Start { get; init; }
    public required string End { get; init; }
    public double Score { get; init; }
    /// <summary>The device the story is about first, then the others involved.</summary>
    public IReadOnlyList<string> Devices { get; init; } = [];
    public int Alerts { get; init; }
    public IReadOnlyList<string> Models { get; init; } = [];
    public AcknowledgementEntry? Acknowledged { get; init; }
    public int Comments { get; init; }
}
