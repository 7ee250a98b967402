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
    public AcknowledgementEntry? Acknowledged { get; init; }
}
