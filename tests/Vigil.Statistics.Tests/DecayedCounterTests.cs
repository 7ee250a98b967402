namespace Vigil.Statistics.Tests;

public class DecayedCounterTests
{
    private static readonly long T0 = Times.Monday;

    [Fact]
    public void Value_halves_after_one_half_life()
    {
        var counter = new DecayedCounter(TimeSpan.FromHours(1), T0);
        counter.Add(T0, 8);

        Assert.Equal(8, counter.ValueAt(T0));
        Assert.Equal(4, counter.ValueAt(T0 + Times.Hour));
        Assert.Equal(1, counter.ValueAt(T0 + (3 * Times.Hour)));
    }

    [Fact]
    public void Contributions_keep_their_own_ages()
    {
        var counter = new DecayedCounter(TimeSpan.FromHours(1), T0);
        counter.Add(T0);
        counter.Add(T0 + Times.Hour);

        Assert.Equal(1.5, counter.ValueAt(T0 + Times.Hour));
        Assert.Equal(0.75, counter.ValueAt(T0 + (2 * Times.Hour)));
    }

    [Fact]
    public void Late_event_gives_the_same_value_as_in_order()
    {
        var inOrder = new DecayedCounter(TimeSpan.FromMinutes(10), T0);
        inOrder.Add(T0 + Times.Minute, 2);
        inOrder.Add(T0 + (7 * Times.Minute), 3);
        var late = new DecayedCounter(TimeSpan.FromMinutes(10), T0);
        late.Add(T0 + (7 * Times.Minute), 3);
        late.Add(T0 + Times.Minute, 2);

        Assert.Equal(inOrder.ValueAt(T0 + Times.Hour), late.ValueAt(T0 + Times.Hour));
    }

    [Fact]
    public void Rate_of_a_steady_stream_is_its_rate_per_hour()
    {
        // One event a minute for ten half-lives: the decayed sum of discrete events sits within
        // about 1% of the continuous exposure, so 60 per hour within 1%.
        var counter = new DecayedCounter(TimeSpan.FromHours(1), T0);
        for (long t = T0; t <= T0 + (10 * Times.Hour); t += Times.Minute)
        {
            counter.Add(t);
        }

        Assert.Equal(60, counter.RatePerHourAt(T0 + (10 * Times.Hour)), 60 * 0.01);
    }

    [Fact]
    public void Rate_is_right_before_the_counter_has_warmed_up()
    {
        // Two hours into a one-week half-life the exposure is almost the plain elapsed time.
        var counter = new DecayedCounter(TimeSpan.FromDays(7), T0);
        for (long t = T0 + Times.Minute; t <= T0 + (2 * Times.Hour); t += Times.Minute)
        {
            counter.Add(t);
        }

        Assert.Equal(60, counter.RatePerHourAt(T0 + (2 * Times.Hour)), 0.1);
    }

    [Fact]
    public void A_single_early_event_reads_as_one_per_hour_not_infinity()
    {
        var counter = new DecayedCounter(TimeSpan.FromDays(7), T0);
        counter.Add(T0);

        Assert.Equal(1, counter.RatePerHourAt(T0), 0.01);
    }

    [Fact]
    public void Counter_without_half_life_refuses_to_count()
    {
        var counter = new DecayedCounter();

        Assert.Throws<InvalidOperationException>(() => counter.Add(T0));
    }

    [Fact]
    public void State_survives_json_exactly()
    {
        var counter = new DecayedCounter(TimeSpan.FromMinutes(17), T0);
        counter.Add(T0 + 12345, 0.1);
        counter.Add(T0 + (3 * Times.Minute), 1.0 / 3);

        var copy = Json.RoundTrip(counter);

        Assert.Equal(counter.ValueAt(T0 + Times.Hour), copy.ValueAt(T0 + Times.Hour));
        Assert.Equal(counter.RatePerHourAt(T0 + Times.Hour), copy.RatePerHourAt(T0 + Times.Hour));
    }
}
