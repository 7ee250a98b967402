namespace Vigil.Statistics.Tests;

public class HourOfWeekProfileTests
{
    private static readonly long Monday = Times.Monday;

    [Fact]
    public void Empty_profile_expects_nothing()
    {
        var profile = new HourOfWeekProfile(TimeSpan.FromDays(28), Monday);

        Assert.Equal(0, profile.ExpectedRatePerHourAt(Monday + Times.Day));
    }

    [Fact]
    public void Bucket_without_data_expects_the_overall_rate()
    {
        var profile = new HourOfWeekProfile(TimeSpan.FromDays(28), Monday);
        for (int hour = 0; hour < 9; hour++)
        {
            profile.Add(Monday + (hour * Times.Hour) + (30 * Times.Minute), 10);
        }
        long nineOClock = Monday + (9 * Times.Hour);

        Assert.Equal(0, profile.BucketExposureHoursAt(nineOClock));
        Assert.Equal(profile.OverallRatePerHourAt(nineOClock), profile.ExpectedRatePerHourAt(nineOClock));
        Assert.Equal(10, profile.OverallRatePerHourAt(nineOClock), 0.1);
    }

    [Fact]
    public void Plenty_of_data_expects_the_bucket_rate()
    {
        // A year of a slowly decaying profile: Monday 09:00 has 100 events an hour, every other
        // hour 1. The 09:00 bucket has ~52 hours of exposure, so its own rate gets weight > 0.95.
        var profile = new HourOfWeekProfile(TimeSpan.FromDays(7 * 520), Monday);
        for (long hour = Monday; hour < Monday + (52 * Times.Week); hour += Times.Hour)
        {
            bool busy = WeeklyExposure.BucketOf(hour) == 9;
            profile.Add(hour + (30 * Times.Minute), busy ? 100 : 1);
        }
        long query = Monday + (52 * Times.Week) + (9 * Times.Hour);

        Assert.True(profile.BucketWeightAt(query) > 0.95);
        Assert.Equal(100, profile.ExpectedRatePerHourAt(query), 100 * 0.05);
        Assert.Equal(1, profile.ExpectedRatePerHourAt(query + (2 * Times.Hour)), 0.2);
    }

    [Fact]
    public void Weight_follows_exposure_over_exposure_plus_k()
    {
        // After one undecayed week each bucket has one hour: weight 1/(1 + 2).
        var profile = new HourOfWeekProfile(TimeSpan.FromDays(7 * 10_000), Monday);

        Assert.Equal(1.0 / 3, profile.BucketWeightAt(Monday + Times.Week + Times.Hour), 3);
    }

    [Fact]
    public void Shrinks_between_bucket_and_overall_rate()
    {
        var profile = new HourOfWeekProfile(TimeSpan.FromDays(28), Monday);
        profile.Add(Monday + (30 * Times.Minute), 50);
        for (int hour = 1; hour < 168; hour++)
        {
            profile.Add(Monday + (hour * Times.Hour) + (30 * Times.Minute));
        }
        long nextMonday = Monday + Times.Week;

        double expected = profile.ExpectedRatePerHourAt(nextMonday + Times.Minute);
        double bucketRate = profile.BucketCountAt(nextMonday + Times.Minute) / profile.BucketExposureHoursAt(nextMonday + Times.Minute);

        Assert.InRange(expected, profile.OverallRatePerHourAt(nextMonday + Times.Minute), bucketRate);
    }

    [Fact]
    public void Local_offset_moves_events_into_local_buckets()
    {
        // Sunday 23:30 UTC is Monday 00:30 at UTC+1.
        var profile = new HourOfWeekProfile(TimeSpan.FromDays(28), Monday - Times.Week, utcOffsetMinutes: 60);
        profile.Add(Monday - (30 * Times.Minute), 4);

        Assert.Equal(4, profile.BucketCountAt(Monday - (30 * Times.Minute)), 5);
        Assert.Equal(4, profile.BucketCountAt(Monday - (59 * Times.Minute)), 1);
        Assert.Equal(0, profile.BucketCountAt(Monday - (61 * Times.Minute)));
    }

    [Fact]
    public void Rebasing_keeps_the_decayed_totals()
    {
        // Forty half-lives of events force at least one re-base of the landmark.
        var profile = new HourOfWeekProfile(TimeSpan.FromHours(1), Monday);
        var counter = new DecayedCounter(TimeSpan.FromHours(1), Monday);
        for (long t = Monday; t < Monday + (40 * Times.Hour); t += 7 * Times.Minute)
        {
            profile.Add(t);
            counter.Add(t);
        }
        long now = Monday + (40 * Times.Hour);

        Assert.NotEqual(Monday, profile.LandmarkNs);
        double exposure = Decay.ExposureHours(now - Monday, Times.Hour);
        Assert.Equal(counter.ValueAt(now) / exposure, profile.OverallRatePerHourAt(now), 5);
    }

    [Fact]
    public void State_survives_json_exactly()
    {
        var profile = new HourOfWeekProfile(TimeSpan.FromDays(28), Monday, utcOffsetMinutes: -300) { PriorHours = 3.5 };
        for (int i = 0; i < 500; i++)
        {
            profile.Add(Monday + (i * 37 * Times.Minute), 1 + (i % 3));
        }

        var copy = Json.RoundTrip(profile);

        long query = Monday + (2 * Times.Week);
        Assert.Equal(profile.ExpectedRatePerHourAt(query), copy.ExpectedRatePerHourAt(query));
        Assert.Equal(profile.Buckets, copy.Buckets);
    }
}
