namespace Vigil.Protocols.Catalog;

/// <summary>One row of the operation catalog.</summary>
/// <param name="Key">The operation key, or a key prefix ending in '/' that covers a family (e.g. "s7comm/szl/").</param>
/// <param name="Category">What the operation does.</param>
/// <param name="Name">A human name, e.g. "Write Multiple Registers".</param>
/// <param name="ChangesRunState">
/// The request stops, starts, resets or restarts the device or its application (PLC Stop, CIP Reset,
/// DNP3 Cold Restart, …): an action whose impact is the whole process, not one value.
/// </param>
public sealed record OperationInfo(string Key, OperationCategory Category, string Name, bool ChangesRunState = false)
{
    /// <summary>True when the row covers every key starting with <see cref="Key"/>.</summary>
    public bool IsPrefix => Key.EndsWith('/');
}
