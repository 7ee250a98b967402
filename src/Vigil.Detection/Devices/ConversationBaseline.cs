namespace Vigil.Detection.Devices;

/// <summary>
/// What a device has done as a client, by peer: the (peer, service) conversations it held and the
/// (peer, operation) requests it made, each with when it was last seen; and how many first-time
/// behaviours of each kind it showed after its first hour (its own novelty rate). Bounded: past
/// <see cref="MaxEntries"/> the stalest entry is forgotten.
/// </summary>
public sealed class ConversationBaseline
{
    public const int MaxEntries = 256;

    /// <summary>"peer service" → last seen (ns), for conversations that exchanged payload.</summary>
    public Dictionary<string, long> Pairs { get; set; } = new(StringComparer.Ordinal);

    /// <summary>"peer operation" → last seen (ns), for ICS requests.</summary>
    public Dictionary<string, long> Operations { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Novelty kind → first-time behaviours counted after the device's first hour.</summary>
    public SortedDictionary<string, int> Novelties { get; set; } = new(StringComparer.Ordinal);

    public bool HasPair(string peer, string service) => Pairs.ContainsKey(Key(peer, service));

    public bool HasOperation(string peer, string operation) => Operations.ContainsKey(Key(peer, operation));

    /// <summary>Remembers a conversation; true when the pair was new.</summary>
    public bool AddPair(string peer, string service, long timeNs) => Remember(Pairs, Key(peer, service), timeNs);

    /// <summary>Remembers an operation on a peer; true when it was new for the pair.</summary>
    public bool AddOperation(string peer, string operation, long timeNs) => Remember(Operations, Key(peer, operation), timeNs);

    public int NoveltiesOf(string kind) => Novelties.GetValueOrDefault(kind);

    public void CountNovelty(string kind, int count = 1) => Novelties[kind] = NoveltiesOf(kind) + count;

    private static string Key(string peer, string what) => string.Concat(peer, " ", what);

    private static bool Remember(Dictionary<string, long> map, string key, long timeNs)
    {
        if (map.TryGetValue(key, out var last))
        {
            map[key] = Math.Max(last, timeNs);
            return false;
        }
        if (map.Count >= MaxEntries)
        {
            // Forget the stalest; ties by key so replay is deterministic.
            string? stalest = null;
            var oldest = long.MaxValue;
            foreach (var (candidate, seen) in map)
            {
                if (seen < oldest || seen == oldest && string.CompareOrdinal(candidate, stalest) < 0)
                {
                    (stalest, oldest) = (candidate, seen);
                }
            }
            map.Remove(stalest!);
        }
        map[key] = timeNs;
        return true;
    }
}
