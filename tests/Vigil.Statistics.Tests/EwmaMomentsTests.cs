namespace Vigil.Statistics.Tests;

public class EwmaMomentsTests
{
    private static readonly long T0 = Times.Monday;

    [Fact]
    public void Values_at_one_instant_weigh_equally()
    {
        var ewma = new EwmaMoments(TimeSpan.FromHours(1));
        var plain = new RunningMoments();
        foreach (double x in new double[] { 2, 4, 4, 4, 5, 5, 7, 9 })
        {
            ewma.Add(T0, x);
            plain.Add(x);
        }

        Assert.Equal(plain.Mean, ewma.Mean, 12);
        Assert.Equal(plain.Variance, ewma.UnbiasedVariance, 12);
        Assert.Equal(plain.PopulationVariance, ewma.Variance, 12);
        Assert.Equal(8, ewma.EffectiveSampleSize, 12);
    }

    [Fact]
    public void A_value_one_half_life_old_weighs_half()
    {
        var ewma = new EwmaMoments(TimeSpan.FromHours(1));
        ewma.Add(T0, 0);
        ewma.Add(T0 + Times.Hour, 3);

        // Weights ½ and 1: mean 3·1/1.5 = 2, Kish size 1.5²/(0.25 + 1) = 1.8.
        Assert.Equal(2, ewma.Mean, 12);
        Assert.Equal(1.8, ewma.EffectiveSampleSize, 12);
        Assert.Equal(1.5, ewma.Weight, 12);
        // Σw(x − mean)² = ½·4 + 1·1 = 3, over Σw = 1.5.
        Assert.Equal(2, ewma.Variance, 12);
    }

    [Fact]
    public void Weight_fades_with_time_but_the_estimate_does_not()
    {
        var ewma = new EwmaMoments(TimeSpan.FromHours(1));
        ewma.Add(T0, 10);
        ewma.Add(T0, 20);

        Assert.Equal(2, ewma.WeightAt(T0));
        Assert.Equal(0.5, ewma.WeightAt(T0 + (2 * Times.Hour)));
        Assert.Equal(15, ewma.Mean);
    }

    [Fact]
    public void Effective_size_of_a_steady_stream_tends_to_its_limit()
    {
        // One value a minute with a 10-minute half-life: q = 2^(−1/10), ESS → (1 + q)/(1 − q).
        var ewma = new EwmaMoments(TimeSpan.FromMinutes(10));
        for (int i = 0; i < 1000; i++)
        {
            ewma.Add(T0 + (i * Times.Minute), i % 2);
        }
        double q = Math.Pow(2, -0.1);

        Assert.Equal((1 + q) / (1 - q), ewma.EffectiveSampleSize, 6);
        Assert.Equal(0.5, ewma.Mean, 1);
    }

    [Fact]
    public void Late_value_counts_as_if_it_had_arrived_in_order()
    {
        var inOrder = new EwmaMoments(TimeSpan.FromMinutes(30));
        inOrder.Add(T0, 1);
        inOrder.Add(T0 + (20 * Times.Minute), 4);
        inOrder.Add(T0 + Times.Hour, 9);
        var late = new EwmaMoments(TimeSpan.FromMinutes(30));
        late.Add(T0, 1);
        late.Add(T0 + Times.Hour, 9);
        late.Add(T0 + (20 * Times.Minute), 4);

        Assert.Equal(inOrder.Mean, late.Mean, 12);
        Assert.Equal(inOrder.UnbiasedVariance, late.UnbiasedVariance, 12);
        Assert.Equal(inOrder.EffectiveSampleSize, late.EffectiveSampleSize, 12);
    }

    [Fact]
    public void Moments_without_half_life_refuse_values()
    {
        Assert.Throws<InvalidOperationException>(() => new EwmaMoments().Add(T0, 1));
    }

    [Fact]
    public void State_survives_json_exactly()
    {
        var ewma = new EwmaMoments(TimeSpan.FromMinutes(7));
        ewma.Add(T0, 0.1);
        ewma.Add(T0 + 99_999, 1.0 / 3);
        ewma.Add(T0 + Times.Minute, 2.7);

        var copy = Json.RoundTrip(ewma);
        copy.Add(T0 + Times.Hour, 5);
        ewma.Add(T0 + Times.Hour, 5);

        Assert.Equal(ewma.Mean, copy.Mean);
        Assert.Equal(ewma.UnbiasedVariance, copy.UnbiasedVariance);
    }
}
