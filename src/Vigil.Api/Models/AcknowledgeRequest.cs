namespace Vigil.Api.Models;

/// <summary>The body of <c>POST /api/alerts/{id}/ack</c>.</summary>
public sealed record AcknowledgeRequest
{
    public const int MaxCommentLength = 2000;

    /// <summary>Optional, at most <see cref="MaxCommentLength"/> characters.</summary>
    public string? Comment { get; init; }
}
