namespace Vigil.Api.Models;

/// <summary>Who acknowledged an alert, when (wall time, ISO-8601) and why.</summary>
public sealed record AcknowledgementEntry(string By, string At, string? Comment);
