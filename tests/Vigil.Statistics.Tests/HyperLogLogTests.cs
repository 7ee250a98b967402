namespace Vigil.Statistics.Tests;

public class HyperLogLogTests
{
    [Theory]
    [InlineData(10, 0.05)]
    [InlineData(100, 0.15)]
    [InlineData(1_000, 0.35)]
    [InlineData(100_000, 0.35)]
    public void Estimate_is_within_a_few_standard_errors(int distinct, double tolerance)
    {
        // Standard error 13% for 64 registers; linear counting is tighter for small counts.
        var sketch = new HyperLogLog();
        for (long i = 0; i < distinct; i++)
        {
            sketch.Add(StableHash.Mix((ulong)i));
        }

        Assert.InRange(sketch.Estimate, distinct * (1 - tolerance), distinct * (1 + tolerance));
    }

    [Fact]
    public void Duplicates_do_not_count()
    {
        var once = new HyperLogLog();
        var often = new HyperLogLog();
        for (int round = 0; round < 50; round++)
        {
            for (long i = 0; i < 20; i++)
            {
                often.Add(StableHash.Mix((ulong)i));
                if (round == 0)
                {
                    once.Add(StableHash.Mix((ulong)i));
                }
            }
        }

        Assert.Equal(once.Registers, often.Registers);
        Assert.InRange(often.Estimate, 16, 24);
    }

    [Fact]
    public void Empty_sketch_estimates_zero()
    {
        Assert.Equal(0, new HyperLogLog().Estimate);
    }

    [Fact]
    public void Registers_survive_json_exactly()
    {
        var sketch = new HyperLogLog();
        for (long i = 0; i < 500; i++)
        {
            sketch.Add(StableHash.Mix((ulong)i));
        }

        var copy = Json.RoundTrip(sketch);

        Assert.Equal(sketch.Registers, copy.Registers);
        Assert.Equal(sketch.Estimate, copy.Estimate);
    }
}
