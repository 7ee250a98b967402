namespace Vigil.Statistics.Tests;

public class RunningMomentsTests
{
    private static readonly double[] Data = [2, 4, 4, 4, 5, 5, 7, 9];

    [Fact]
    public void Matches_the_two_pass_mean_and_variance()
    {
        var moments = Fill(Data);
        double mean = Data.Average();
        double sumSquares = Data.Sum(x => (x - mean) * (x - mean));

        Assert.Equal(8, moments.Count);
        Assert.Equal(5, moments.Mean);
        Assert.Equal(4, moments.PopulationVariance);
        Assert.Equal(sumSquares / 7, moments.Variance, 12);
        Assert.Equal(2, moments.Min);
        Assert.Equal(9, moments.Max);
    }

    [Fact]
    public void Stays_accurate_far_from_zero()
    {
        // Σx² − (Σx)²/n loses every digit here; the sample variance of 4, 7, 13, 16 is 30.
        var moments = Fill([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]);

        Assert.Equal(30, moments.Variance, 6);
    }

    [Fact]
    public void Merging_equals_adding_everything_to_one()
    {
        var left = Fill(Data[..3]);
        var right = Fill(Data[3..]);
        left.Merge(right);
        var all = Fill(Data);

        Assert.Equal(all.Count, left.Count);
        Assert.Equal(all.Mean, left.Mean, 12);
        Assert.Equal(all.Variance, left.Variance, 12);
        Assert.Equal(all.Min, left.Min);
        Assert.Equal(all.Max, left.Max);
    }

    [Fact]
    public void Merging_into_empty_copies()
    {
        var empty = new RunningMoments();
        empty.Merge(Fill(Data));

        Assert.Equal(5, empty.Mean);
        Assert.Equal(8, empty.Count);
    }

    [Fact]
    public void Empty_and_single_value_have_no_spread()
    {
        Assert.Equal(0, new RunningMoments().Variance);
        var one = Fill([42]);

        Assert.Equal(42, one.Mean);
        Assert.Equal(0, one.Variance);
        Assert.Equal(0, one.PopulationVariance);
    }

    [Fact]
    public void State_survives_json_exactly()
    {
        var moments = Fill([0.1, 0.2, 0.3, 1.0 / 3]);

        var copy = Json.RoundTrip(moments);

        Assert.Equal(moments.Variance, copy.Variance);
        Assert.Equal(moments.Mean, copy.Mean);
    }

    private static RunningMoments Fill(double[] values)
    {
        var moments = new RunningMoments();
        foreach (double x in values)
        {
            moments.Add(x);
        }
        return moments;
    }
}
