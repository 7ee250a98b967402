namespace Vigil.Api.Models;

/// <summary>One page of a list: how many matched in all, where the page starts, and its items.</summary>
public sealed record PageOf<T>(int Total, int Offset, int Limit, IReadOnlyList<T> Items);
