namespace Vigil.Simulator;

/// <summary>
/// A small seeded generator (xoshiro256**, seeded through SplitMix64). We carry our own rather than
/// <see cref="Random"/> because captures must stay byte-identical per seed across runtime versions,
/// and because <see cref="Fork"/> gives every activity its own stream: adding one activity never
/// shifts the random numbers another one sees.
/// </summary>
public sealed class SimRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Creates a generator whose whole sequence is fixed by <paramref name="seed"/>.</summary>
    public SimRandom(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>An independent stream derived from this one's seed state and a stable label.</summary>
    public SimRandom Fork(string label)
    {
        // FNV-1a over the label: string.GetHashCode is randomized per process and would break determinism.
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in label)
        {
            hash = (hash ^ c) * 0x100000001B3UL;
        }
        return new SimRandom(_s0 ^ hash ^ (_s2 << 1));
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive) => maxExclusive <= 1 ? 0 : (int)(NextUInt64() % (ulong)maxExclusive);

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="maxExclusive"/>).</summary>
    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    /// <summary>A uniform double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>An exponentially distributed value with the given mean (Poisson arrivals).</summary>
    public double Exponential(double mean) => -mean * Math.Log(1.0 - NextDouble());

    /// <summary><paramref name="value"/> scaled by a uniform factor in [1 - fraction, 1 + fraction].</summary>
    public double Jitter(double value, double fraction) => value * (1.0 + fraction * (2.0 * NextDouble() - 1.0));

    /// <summary>Fills <paramref name="destination"/> with random bytes.</summary>
    public void NextBytes(Span<byte> destination)
    {
        for (var i = 0; i < destination.Length; i += 8)
        {
            var value = NextUInt64();
            for (var j = 0; j < 8 && i + j < destination.Length; j++)
            {
                destination[i + j] = (byte)(value >> (8 * j));
            }
        }
    }

    /// <summary>A new array of <paramref name="count"/> random bytes.</summary>
    public byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        NextBytes(bytes);
        return bytes;
    }

    /// <summary>One element of <paramref name="items"/>, uniformly.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
