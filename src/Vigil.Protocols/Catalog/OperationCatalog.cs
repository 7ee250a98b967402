using System.Collections.Frozen;
using System.Text;

namespace Vigil.Protocols.Catalog;

/// <summary>
/// The one place that says what each operation key means: its <see cref="OperationCategory"/> and
/// a human name. The rows are data (one list per protocol family); OPERATIONS.md is generated from
/// them by <see cref="ToMarkdown"/> and a test keeps the two in step.
/// </summary>
public static class OperationCatalog
{
    /// <summary>Every row, in document order.</summary>
    public static IReadOnlyList<OperationInfo> Rows { get; } =
        [.. ModbusOperations.Rows, .. S7Operations.Rows, .. Dnp3Operations.Rows, .. EnipOperations.Rows,
         .. BacnetOperations.Rows, .. Iec104Operations.Rows, .. MmsOperations.Rows, .. OpcUaOperations.Rows];

    private static readonly FrozenDictionary<string, OperationInfo> Exact =
        Rows.Where(r => !r.IsPrefix).ToFrozenDictionary(r => r.Key, StringComparer.Ordinal);

    // Longest first, so "s7comm/userdata/4/" wins over "s7comm/userdata/".
    private static readonly OperationInfo[] Prefixes =
        [.. Rows.Where(r => r.IsPrefix).OrderByDescending(r => r.Key.Length)];

    /// <summary>The category and name of <paramref name="key"/>; unknown keys are <see cref="OperationCategory.Other"/> named by the key.</summary>
    public static (OperationCategory Category, string Name) Describe(string key) =>
        Find(key) is { } row ? (row.Category, row.Name) : (OperationCategory.Other, key);

    /// <summary>Whether <paramref name="key"/> stops, starts, resets or restarts its device (<see cref="OperationInfo.ChangesRunState"/>).</summary>
    public static bool ChangesRunState(string key) => Find(key)?.ChangesRunState ?? false;

    private static OperationInfo? Find(string key)
    {
        if (Exact.TryGetValue(key, out var row))
        {
            return row;
        }
        foreach (var prefix in Prefixes)
        {
            if (key.StartsWith(prefix.Key, StringComparison.Ordinal))
            {
                return prefix;
            }
        }
        return null;
    }

    /// <summary>The catalog as the markdown document checked in as OPERATIONS.md.</summary>
    public static string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("# Operation keys\n\n");
        text.Append("Generated from `OperationCatalog.Rows` (a test keeps this file in step). Keys are request\n");
        text.Append("counts `<protocol>/<code>` with wire codes in decimal; a key ending in `/` covers a family.\n");
        text.Append("Unknown keys are `Other`, named by the key. \"Run state\" marks requests that stop, start, reset or\n");
        text.Append("restart the device or its application: the new-command models weigh them by how rare they are in\n");
        text.Append("what the device requested before.\n\n");
        text.Append("| key | category | name | run state |\n|---|---|---|---|\n");
        foreach (var row in Rows)
        {
            text.Append("| `").Append(row.Key).Append("` | ").Append(row.Category).Append(" | ").Append(row.Name)
                .Append(" | ").Append(row.ChangesRunState ? "yes" : "").Append(" |\n");
        }
        return text.ToString();
    }
}
