namespace Vigil.Api.Models;

/// <summary>Who the caller is: the key's name and scope.</summary>
public sealed record SessionInfo(string Name, string Scope);
