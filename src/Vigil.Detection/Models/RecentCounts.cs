namespace Vigil.Detection.Models;

/// <summary>
/// Timestamped counts of first-time behaviours per kind over the last <see cref="WindowNs"/>, so a
/// model can ask "how many new pairs in the last ten minutes". Bounded per kind.
/// </summary>
public sealed class RecentCounts
{
    public const long WindowNs = 10 * 60_000_000_000L;
    public const int MaxPerKind = 128;

    /// <summary>Kind → (time, count) entries inside the window, oldest first.</summary>
    public SortedDictionary<string, List<long[]>> Entries { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Adds <paramref name="count"/> at <paramref name="timeNs"/> and returns the total in the window ending then.</summary>
    public long Add(string kind, long timeNs, long count)
    {
        if (!Entries.TryGetValue(kind, out var list))
        {
            list = [];
            Entries[kind] = list;
        }
        list.RemoveAll(e => timeNs - e[0] > WindowNs);
        if (list.Count >= MaxPerKind)
        {
            // Merge into the newest entry rather than grow: the total is what matters.
            list[^1][1] += count;
        }
        else
        {
            list.Add([timeNs, count]);
        }
        return list.Sum(e => e[1]);
    }
}
