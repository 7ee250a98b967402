using MathNet.Numerics.Distributions;

namespace Vigil.Statistics.Tests;

public class CountSurprisalTests
{
    [Fact]
    public void Zero_events_are_never_surprising()
    {
        Assert.Equal(0, CountSurprisal.Of(0, 5));
    }

    [Fact]
    public void One_event_against_a_mean_of_one()
    {
        // P(X ≥ 1) = 1 − e^−1.
        Assert.Equal(-Math.Log10(1 - Math.Exp(-1)), CountSurprisal.Of(1, 1), 12);
    }

    [Theory]
    [InlineData(5, 2.0)]
    [InlineData(10, 3.5)]
    [InlineData(3, 7.0)]
    [InlineData(40, 10.0)]
    public void Poisson_tail_matches_the_distribution(long observed, double mean)
    {
        // Summing the pmf keeps the far tail's digits, which 1 − CDF would cancel away.
        double tail = Enumerable.Range((int)observed, 300).Sum(j => Poisson.PMF(mean, j));

        Assert.Equal(Math.Log10(tail), CountSurprisal.Log10UpperTail(observed, mean), 8);
    }

    [Fact]
    public void Far_tail_stays_finite_and_accurate()
    {
        // 1000 events against a mean of 1: ln P ≈ ln pmf(1000) = −1 − ln 1000!, ln 1000! = 5912.128178939938.
        double expected = (1 + 5912.128178939938) / Math.Log(10);

        Assert.Equal(expected, CountSurprisal.Of(1000, 1), 2);
    }

    [Fact]
    public void Large_counts_follow_the_normal_approximation()
    {
        // Five standard deviations above a mean of a million: about 3e-7, surprisal ≈ 6.5.
        double surprisal = CountSurprisal.Of(1_005_000, 1_000_000);

        Assert.InRange(surprisal, 6.3, 6.8);
    }

    [Fact]
    public void Counts_in_the_billions_stay_finite()
    {
        // Twenty-two standard deviations above the mean: surprisal near z²/(2 ln 10) ≈ 108.
        double surprisal = CountSurprisal.Of(2_000_000_000, 1_999_000_000);

        Assert.InRange(surprisal, 100, 115);
        Assert.InRange(CountSurprisal.Of(2_000_000_000, 1_999_000_000, 4_000_000_000), 50, 60);
    }

    [Fact]
    public void Over_dispersed_baseline_switches_to_negative_binomial()
    {
        const double Mean = 4;
        const double Variance = 12;
        // p = μ/σ² = 1/3, r = μ²/(σ² − μ) = 2.
        double tail = Enumerable.Range(15, 2000).Sum(j => NegativeBinomial.PMF(2, 1.0 / 3, j));

        Assert.True(CountSurprisal.IsOverDispersed(Mean, Variance));
        Assert.Equal(Math.Log10(tail), CountSurprisal.Log10UpperTail(15, Mean, Variance), 8);
        Assert.True(CountSurprisal.Of(15, Mean, Variance) < CountSurprisal.Of(15, Mean));
    }

    [Fact]
    public void Under_dispersed_or_unknown_variance_stays_poisson()
    {
        Assert.Equal(CountSurprisal.Of(9, 4), CountSurprisal.Of(9, 4, 3));
        Assert.Equal(CountSurprisal.Of(9, 4), CountSurprisal.Of(9, 4, 4));
        Assert.Equal(CountSurprisal.Of(9, 4), CountSurprisal.Of(9, 4, double.NaN));
    }

    [Fact]
    public void Negative_binomial_far_tail_stays_finite()
    {
        double surprisal = CountSurprisal.Of(100_000, 2, 6);

        Assert.True(double.IsFinite(surprisal));
        Assert.True(surprisal > 1000);
    }

    [Fact]
    public void A_first_event_against_an_empty_baseline_is_about_six()
    {
        Assert.Equal(6, CountSurprisal.Of(1, 0), 3);
    }

    [Fact]
    public void Surprisal_grows_with_the_count()
    {
        double previous = 0;
        for (long k = 1; k < 200; k++)
        {
            double surprisal = CountSurprisal.Of(k, 3, 5);
            Assert.True(surprisal > previous, $"k = {k}");
            previous = surprisal;
        }
    }
}
