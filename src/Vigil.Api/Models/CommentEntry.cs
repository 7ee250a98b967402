namespace Vigil.Api.Models;

/// <summary>An analyst's comment: who, when (wall time, ISO-8601), what.</summary>
public sealed record CommentEntry(string By, string At, string Text);
