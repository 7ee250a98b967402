namespace Vigil.Statistics.Tests;

public class StableHashTests
{
    [Fact]
    public void String_hash_is_fixed_across_processes()
    {
        // Pinned values (computed independently from the FNV-1a and SplitMix64 definitions):
        // string.GetHashCode would differ on every run.
        Assert.Equal(0x7FB1B600F0F5C6D3UL, StableHash.Of("10.0.0.1"));
        Assert.NotEqual(StableHash.Of("10.0.0.1"), StableHash.Of("10.0.0.2"));
        Assert.Equal(0x5692161D100B05E5UL, StableHash.Mix(1));
    }

    [Fact]
    public void Equal_numbers_of_different_widths_hash_alike()
    {
        Assert.Equal(StableHash.Of(502), StableHash.Of(502L));
        Assert.Equal(StableHash.Of((ushort)102), StableHash.Of(102u));
    }

    [Fact]
    public void Types_without_a_value_text_are_not_supported()
    {
        Assert.False(StableHash.Supports(typeof(object)));
        Assert.True(StableHash.Supports(typeof(string)));
        Assert.True(StableHash.Supports(typeof(ushort)));
        Assert.True(StableHash.Supports(typeof(UInt128)));
    }
}
