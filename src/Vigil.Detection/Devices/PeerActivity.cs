namespace Vigil.Detection.Devices;

/// <summary>
/// The peers a device talks to, each with when it was last contacted, bounded: past
/// <see cref="MaxPeers"/> the least recently contacted peer is forgotten and only counted.
/// </summary>
public sealed class PeerActivity
{
    public const int MaxPeers = 512;
    private const long DayNs = 86_400_000_000_000L;

    /// <summary>Peer IP → last contact (ns) for peers this device contacted, as originator, inside the estate.</summary>
    public Dictionary<string, long> InternalContacted { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Distinct peers ever seen (either direction, internal or external); exact until forgetting starts.</summary>
    public int DistinctPeers { get; set; }

    /// <summary>Peers ever seen, bounded like the other maps: the basis of <see cref="DistinctPeers"/>.</summary>
    public Dictionary<string, long> All { get; set; } = new(StringComparer.Ordinal);

    public void Touch(string peer, long timeNs, bool internalPeer, bool asOriginator)
    {
        if (!All.ContainsKey(peer))
        {
            DistinctPeers++;
        }
        Remember(All, peer, timeNs);
        if (internalPeer && asOriginator)
        {
            Remember(InternalContacted, peer, timeNs);
        }
    }

    /// <summary>True when the device, as originator, had not contacted this internal peer before.</summary>
    public bool IsFirstInternalContact(string peer) => !InternalContacted.ContainsKey(peer);

    /// <summary>Distinct internal peers contacted in the 24 h before <paramref name="nowNs"/>.</summary>
    public int DailyInternalPeers(long nowNs)
    {
        var count = 0;
        foreach (var lastContact in InternalContacted.Values)
        {
            if (nowNs - lastContact <= DayNs)
            {
                count++;
            }
        }
        return count;
    }

    private static void Remember(Dictionary<string, long> map, string peer, long timeNs)
    {
        if (map.TryGetValue(peer, out var last))
        {
            map[peer] = Math.Max(last, timeNs);
            return;
        }
        if (map.Count >= MaxPeers)
        {
            // Forget the stalest peer; ties broken by address so replay is deterministic.
            var stalest = map.MinBy(entry => (entry.Value, entry.Key), Comparer<(long, string)>.Create((a, b) =>
                a.Item1 != b.Item1 ? a.Item1.CompareTo(b.Item1) : string.CompareOrdinal(a.Item2, b.Item2)));
            map.Remove(stalest.Key);
        }
        map[peer] = timeNs;
    }
}
