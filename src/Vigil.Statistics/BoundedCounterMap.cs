using System.Text.Json.Serialization;

namespace Vigil.Statistics;

/// <summary>
/// Decayed counts per key (peers, ports, …) that never holds more than <see cref="Capacity"/>
/// keys, so a device that contacts a million hosts costs no more than one that contacts ten.
/// Also estimates how many distinct keys were ever added.
/// </summary>
/// <remarks>
/// <para>When the map is full, a new key competes with the lightest entry: the lighter of the
/// two is dropped, ties dropping the greater key (ordinal for strings). A burst of one-off keys
/// — a scan — therefore only churns the lightest entries and cannot wash out peers with real
/// weight; a genuinely new heavy key gets in once older entries have decayed below it. With
/// equal weights at the same time the survivors are the smallest keys, whatever the insertion
/// order. With no half-life (zero) nothing decays and a full map keeps its heaviest keys.</para>
/// <para>Entries are kept sorted by key (binary search, O(K) insertion), so their order, JSON and
/// every decision depend only on the inputs. Keys hash stably (not GetHashCode, which is
/// randomised per process for strings) for the <see cref="HyperLogLog"/>.</para>
/// </remarks>
/// <typeparam name="TKey">An integral type, string, GUID, or a type whose ToString gives its value.</typeparam>
public sealed class BoundedCounterMap<TKey> where TKey : notnull, IComparable<TKey>
{
    /// <summary>Capacity used by the parameterless constructor.</summary>
    public const int DefaultCapacity = 64;

    // Weights are doubles held at the landmark; re-base after 64 half-lives (factor 2^64).
    private const int RebaseAfterHalfLives = 64;

    /// <summary>Creates an empty map of <see cref="DefaultCapacity"/> keys without decay (and for deserialization).</summary>
    public BoundedCounterMap()
        : this(DefaultCapacity, TimeSpan.Zero)
    {
    }

    /// <summary>Creates an empty map.</summary>
    /// <param name="capacity">The most keys kept (K ≥ 1).</param>
    /// <param name="halfLife">How fast weights fade; <see cref="TimeSpan.Zero"/> for plain counts.</param>
    public BoundedCounterMap(int capacity, TimeSpan halfLife)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(halfLife.Ticks, nameof(halfLife));
        if (!StableHash.Supports(typeof(TKey)))
        {
            throw new NotSupportedException($"{typeof(TKey)} has no stable hash: use an integral type, string, GUID or a type that overrides ToString.");
        }
        Capacity = capacity;
        HalfLifeNs = halfLife.Ticks * TimeSpan.NanosecondsPerTick;
    }

    /// <summary>The most keys kept.</summary>
    public int Capacity { get; set; }

    /// <summary>Half-life in nanoseconds; 0 means counts never decay.</summary>
    public long HalfLifeNs { get; set; }

    /// <summary>Capture time at which entry weights are expressed.</summary>
    public long LandmarkNs { get; set; }

    /// <summary>The latest capture time added; <see cref="Count"/> and <see cref="Entries"/> read at it.</summary>
    public long LatestNs { get; set; }

    /// <summary>Kept entries, sorted by key.</summary>
    public List<CounterEntry<TKey>> Items { get; set; } = [];

    /// <summary>Keys dropped so far, evicted entries and turned-away newcomers alike.</summary>
    public long Evictions { get; set; }

    /// <summary>Sketch of every key ever added, kept or not.</summary>
    public HyperLogLog Distinct { get; set; } = new();

    /// <summary>
    /// How many distinct keys were ever added: exact while nothing has been dropped, otherwise
    /// the <see cref="HyperLogLog"/> estimate (≈ 13% standard error), never below the kept count.
    /// </summary>
    [JsonIgnore]
    public double DistinctSeenApprox => Evictions == 0 ? Items.Count : Math.Max(Items.Count, Distinct.Estimate);

    /// <summary>Kept keys and their weights at <see cref="LatestNs"/>, in key order.</summary>
    [JsonIgnore]
    public IReadOnlyList<KeyValuePair<TKey, double>> Entries =>
        Items.Select(e => KeyValuePair.Create(e.Key, e.WeightAtLandmark * FactorAt(LatestNs))).ToList();

    /// <summary>Adds <paramref name="amount"/> (&gt; 0) to <paramref name="key"/> at capture time <paramref name="tNs"/>.</summary>
    public void Add(TKey key, long tNs, double amount = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(amount, 0);
        Distinct.Add(StableHash.Of(key));
        LatestNs = Math.Max(LatestNs, tNs);
        if (HalfLifeNs > 0 && tNs - LandmarkNs > RebaseAfterHalfLives * HalfLifeNs)
        {
            Rebase(tNs);
        }
        double weight = amount / FactorAt(tNs);
        int index = IndexOf(key);
        if (index >= 0)
        {
            Items[index] = Items[index] with { WeightAtLandmark = Items[index].WeightAtLandmark + weight };
            return;
        }
        if (Items.Count >= Capacity)
        {
            int lightest = IndexOfLightest();
            var victim = Items[lightest];
            Evictions++;
            if (weight < victim.WeightAtLandmark || (weight == victim.WeightAtLandmark && Compare(key, victim.Key) > 0))
            {
                return;
            }
            Items.RemoveAt(lightest);
            index = IndexOf(key);
        }
        Items.Insert(~index, new CounterEntry<TKey>(key, weight));
    }

    /// <summary>Whether <paramref name="key"/> is among the kept entries.</summary>
    public bool Contains(TKey key) => IndexOf(key) >= 0;

    /// <summary>The weight of <paramref name="key"/> at <see cref="LatestNs"/>; 0 if not kept.</summary>
    public double Count(TKey key) => CountAt(key, LatestNs);

    /// <summary>The weight of <paramref name="key"/> at capture time <paramref name="tNs"/>; 0 if not kept.</summary>
    public double CountAt(TKey key, long tNs)
    {
        int index = IndexOf(key);
        return index >= 0 ? Items[index].WeightAtLandmark * FactorAt(tNs) : 0;
    }

    /// <summary>The <paramref name="n"/> heaviest kept keys at <see cref="LatestNs"/>, heaviest first, ties by key.</summary>
    public IReadOnlyList<KeyValuePair<TKey, double>> Top(int n) =>
        Entries.OrderByDescending(e => e.Value).ThenBy(e => e.Key, Comparer<TKey>.Create(Compare)).Take(n).ToList();

    // What a weight held at the landmark is worth at t: 2^(−(t − landmark)/h), or 1 without decay.
    private double FactorAt(long tNs) => HalfLifeNs > 0 ? Decay.Factor(tNs - LandmarkNs, HalfLifeNs) : 1;

    private void Rebase(long tNs)
    {
        double factor = FactorAt(tNs);
        for (int i = 0; i < Items.Count; i++)
        {
            Items[i] = Items[i] with { WeightAtLandmark = Items[i].WeightAtLandmark * factor };
        }
        LandmarkNs = tNs;
    }

    private int IndexOfLightest()
    {
        int lightest = 0;
        for (int i = 1; i < Items.Count; i++)
        {
            // Items are in key order, so on a tie the later (greater) key is the one to drop.
            if (Items[i].WeightAtLandmark <= Items[lightest].WeightAtLandmark)
            {
                lightest = i;
            }
        }
        return lightest;
    }

    // Binary search by key; like List.BinarySearch, returns ~insertionPoint when absent.
    private int IndexOf(TKey key)
    {
        int low = 0;
        int high = Items.Count - 1;
        while (low <= high)
        {
            int mid = low + ((high - low) / 2);
            int order = Compare(Items[mid].Key, key);
            if (order == 0)
            {
                return mid;
            }
            if (order < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return ~low;
    }

    private static int Compare(TKey a, TKey b) =>
        a is string x && b is string y ? string.CompareOrdinal(x, y) : a.CompareTo(b);
}
