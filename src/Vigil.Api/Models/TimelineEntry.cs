using System.Text.Json;

namespace Vigil.Api.Models;

/// <summary>One breach on an incident's timeline: when (start and, for an episode, end), who, which model, and why.</summary>
public sealed record TimelineEntry
{
    public required string Time { get; init; }
    public string? End { get; init; }
    public required string Device { get; init; }
    public required string Model { get; init; }
    public double Score { get; init; }
    public required string Summary { get; init; }
    public IReadOnlyList<string> Peers { get; init; } = [];
    public JsonElement Evidence { get; init; }
}
