using System.Text.Json;

namespace Vigil.Api.Models;

/// <summary>An alert as the API shows it, with its evidence as a JSON object.</summary>
public sealed record AlertEntry
{
    public long Id { get; init; }
    public required string Time { get; init; }
    public required string Device { get; init; }
    public required string Model { get; init; }
    public double Score { get; init; }
    public required string Summary { get; init; }
    public JsonElement Evidence { get; init; }
    /// <summary>The incident the alert belongs to.</summary>
    public string? Incident { get; init; }
    /// <summary>
    /// True when this record updates the alert of the same device, model and time (an ongoing scan's new end,
    /// a new device's new evidence) instead of being a new breach; <see cref="End"/> says when.
    /// </summary>
    public bool IsUpdate { get; init; }
    /// <summary>The last observation of the episode so far; null while the alert is one moment.</summary>
    public string? End { get; init; }
    public AcknowledgementEntry? Acknowledged { get; init; }
}
