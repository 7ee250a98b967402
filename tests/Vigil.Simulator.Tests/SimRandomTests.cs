namespace Vigil.Simulator.Tests;

public sealed class SimRandomTests
{
    [Fact]
    public void Same_seed_gives_the_same_sequence()
    {
        var a = new SimRandom(42);
        var b = new SimRandom(42);
        Assert.Equal(Enumerable.Range(0, 100).Select(_ => a.NextUInt64()), Enumerable.Range(0, 100).Select(_ => b.NextUInt64()));
    }

    [Fact]
    public void Forks_are_stable_by_label_and_independent_of_each_other()
    {
        var root = new SimRandom(42);
        Assert.Equal(root.Fork("dns").NextUInt64(), new SimRandom(42).Fork("dns").NextUInt64());
        Assert.NotEqual(root.Fork("dns").NextUInt64(), root.Fork("web").NextUInt64());
    }

    [Fact]
    public void Next_stays_in_range()
    {
        var random = new SimRandom(1);
        Assert.All(Enumerable.Range(0, 1000).Select(_ => random.Next(5, 9)), v => Assert.InRange(v, 5, 8));
    }
}
