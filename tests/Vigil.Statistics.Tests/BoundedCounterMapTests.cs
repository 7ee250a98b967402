namespace Vigil.Statistics.Tests;

public class BoundedCounterMapTests
{
    private static readonly long T0 = Times.Monday;

    [Fact]
    public void Counts_exactly_while_under_capacity()
    {
        var map = new BoundedCounterMap<int>(8, TimeSpan.Zero);
        map.Add(502, T0);
        map.Add(102, T0, 3);
        map.Add(502, T0 + Times.Hour);

        Assert.Equal(2, map.Count(502));
        Assert.Equal(3, map.Count(102));
        Assert.Equal(0, map.Count(80));
        Assert.True(map.Contains(102));
        Assert.False(map.Contains(80));
        Assert.Equal(2, map.DistinctSeenApprox);
    }

    [Fact]
    public void Never_holds_more_than_capacity()
    {
        var map = new BoundedCounterMap<long>(16, TimeSpan.FromHours(1));
        for (long i = 0; i < 20_000; i++)
        {
            map.Add(i * 7919 % 100_003, T0 + (i * Times.Second));
            Assert.True(map.Items.Count <= 16);
        }

        Assert.Equal(16, map.Items.Count);
    }

    [Fact]
    public void Equal_weights_keep_the_smallest_keys_whatever_the_order()
    {
        string? first = null;
        for (int seed = 0; seed < 20; seed++)
        {
            var keys = Enumerable.Range(0, 10).ToArray();
            new Random(seed).Shuffle(keys);
            var map = new BoundedCounterMap<int>(4, TimeSpan.FromHours(1));
            foreach (int key in keys)
            {
                map.Add(key, T0);
            }

            Assert.Equal([0, 1, 2, 3], map.Entries.Select(e => e.Key));
            string json = Json.Serialize(map);
            first ??= json;
            Assert.Equal(first, json);
        }
    }

    [Fact]
    public void A_scan_cannot_wash_out_established_peers()
    {
        var map = new BoundedCounterMap<int>(8, TimeSpan.FromDays(1));
        int[] peers = [5000, 5001, 5002];
        foreach (int peer in peers)
        {
            map.Add(peer, T0, 10);
        }
        for (int target = 0; target < 50_000; target++)
        {
            map.Add(target, T0 + Times.Hour + (target * 10_000_000L));
        }

        Assert.All(peers, peer => Assert.True(map.Contains(peer)));
        Assert.Equal(8, map.Items.Count);
        Assert.InRange(map.DistinctSeenApprox, 50_003 * 0.65, 50_003 * 1.35);
    }

    [Fact]
    public void A_new_heavy_key_gets_in_once_old_weight_has_decayed()
    {
        var map = new BoundedCounterMap<int>(2, TimeSpan.FromHours(1));
        map.Add(1, T0, 4);
        map.Add(2, T0, 4);

        map.Add(3, T0 + Times.Hour);
        Assert.False(map.Contains(3));

        // Three hours on, the old keys weigh ½ each and a newcomer with 1 displaces the greater key.
        map.Add(3, T0 + (3 * Times.Hour));
        Assert.True(map.Contains(3));
        Assert.True(map.Contains(1));
        Assert.False(map.Contains(2));
        Assert.Equal(2, map.Evictions);
    }

    [Fact]
    public void Counts_decay_with_the_half_life()
    {
        var map = new BoundedCounterMap<string>(4, TimeSpan.FromHours(2));
        map.Add("plc-1", T0, 8);

        Assert.Equal(4, map.CountAt("plc-1", T0 + (2 * Times.Hour)), 12);
        Assert.Equal(8, map.Count("plc-1"));
    }

    [Fact]
    public void Weights_survive_many_half_lives_of_rebasing()
    {
        var map = new BoundedCounterMap<int>(4, TimeSpan.FromMinutes(1));
        long later = T0 + (200 * Times.Minute);
        map.Add(1, T0, 1);
        map.Add(2, later, 1);

        Assert.NotEqual(0, map.LandmarkNs);
        Assert.Equal(1, map.Count(2), 12);
        Assert.Equal(1, map.Count(1) / Math.Pow(2, -200), 9);
    }

    [Fact]
    public void String_keys_are_in_ordinal_order()
    {
        var map = new BoundedCounterMap<string>(8, TimeSpan.Zero);
        foreach (string key in new[] { "b", "B", "a", "A", "_" })
        {
            map.Add(key, T0);
        }

        Assert.Equal(["A", "B", "_", "a", "b"], map.Entries.Select(e => e.Key));
    }

    [Fact]
    public void Top_lists_the_heaviest_first_and_ties_by_key()
    {
        var map = new BoundedCounterMap<int>(8, TimeSpan.Zero);
        map.Add(30, T0, 2);
        map.Add(10, T0, 5);
        map.Add(20, T0, 2);

        Assert.Equal([10, 20], map.Top(2).Select(e => e.Key));
    }

    [Fact]
    public void Keys_without_a_stable_hash_are_refused()
    {
        Assert.Throws<NotSupportedException>(() => new BoundedCounterMap<OpaqueKey>(4, TimeSpan.Zero));
    }

    [Fact]
    public void State_survives_json_exactly()
    {
        var map = new BoundedCounterMap<string>(4, TimeSpan.FromMinutes(30));
        for (int i = 0; i < 40; i++)
        {
            map.Add($"10.0.0.{i % 9}", T0 + (i * 17 * Times.Second), 1 + (i % 4));
        }

        var copy = Json.RoundTrip(map);
        map.Add("10.0.0.99", T0 + Times.Hour, 5);
        copy.Add("10.0.0.99", T0 + Times.Hour, 5);

        Assert.Equal(Json.Serialize(map), Json.Serialize(copy));
        Assert.Equal(map.DistinctSeenApprox, copy.DistinctSeenApprox);
    }

    /// <summary>A comparable key whose text says nothing about its value.</summary>
    private readonly struct OpaqueKey : IComparable<OpaqueKey>
    {
        public int CompareTo(OpaqueKey other) => 0;
    }
}
