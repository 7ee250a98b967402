namespace Vigil.Protocols.Catalog;

/// <summary>One row of the operation catalog.</summary>
/// <param name="Key">The operation key, or a key prefix ending in '/' that covers a family (e.g. "s7comm/szl/").</param>
/// <param name="Category">What the operation does.</param>
/// <param name="Name">A human name, e.g. "Write Multiple Registers".</param>
public sealed record OperationInfo(string Key, OperationCategory Category, string Name)
{
    /// <summary>True when the row covers every key starting with <see cref="Key"/>.</summary>
    public bool IsPrefix => Key.EndsWith('/');
}
