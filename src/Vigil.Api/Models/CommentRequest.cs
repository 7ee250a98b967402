namespace Vigil.Api.Models;

/// <summary>The body of <c>POST /api/incidents/{id}/comments</c>.</summary>
public sealed record CommentRequest
{
    public const int MaxLength = 2000;

    /// <summary>Required, at most <see cref="MaxLength"/> characters.</summary>
    public string? Text { get; init; }
}
