namespace Vigil.Statistics.Tests;

public class WeeklyExposureTests
{
    private static readonly long Monday = Times.Monday;

    [Fact]
    public void Buckets_start_on_monday_midnight()
    {
        Assert.Equal(0, WeeklyExposure.BucketOf(Monday));
        Assert.Equal(9, WeeklyExposure.BucketOf(Monday + (9 * Times.Hour) + (30 * Times.Minute)));
        Assert.Equal(167, WeeklyExposure.BucketOf(Monday - 1));
        Assert.Equal(72, WeeklyExposure.BucketOf(0)); // 1970-01-01 was a Thursday
    }

    [Fact]
    public void One_undecayed_week_gives_every_bucket_one_hour()
    {
        long halfLife = 10_000 * Times.Week;
        for (int bucket = 0; bucket < 168; bucket++)
        {
            Assert.Equal(1, WeeklyExposure.Hours(bucket, Monday, Monday + Times.Week, halfLife), 3);
        }
    }

    [Fact]
    public void Buckets_add_up_to_the_whole_window()
    {
        long halfLife = 2 * Times.Week;
        long start = Monday + (5 * Times.Hour) + (17 * Times.Minute);
        long now = start + (9 * Times.Week) + (3 * Times.Day) + (41 * Times.Minute);

        double sum = Enumerable.Range(0, 168).Sum(b => WeeklyExposure.Hours(b, start, now, halfLife));

        Assert.Equal(Decay.ExposureHours(now - start, halfLife), sum, 9);
    }

    [Fact]
    public void Matches_an_hour_by_hour_sum()
    {
        long halfLife = 3 * Times.Week;
        long start = Monday + (2 * Times.Hour);
        long now = start + (5 * Times.Week) + (30 * Times.Minute);
        const int Bucket = 2;

        double expected = 0;
        for (long hour = start; hour < now; hour += Times.Hour)
        {
            if (WeeklyExposure.BucketOf(hour) == Bucket)
            {
                long end = Math.Min(hour + Times.Hour, now);
                expected += Decay.ExposureHours(now - hour, halfLife) - Decay.ExposureHours(now - end, halfLife);
            }
        }

        Assert.Equal(expected, WeeklyExposure.Hours(Bucket, start, now, halfLife), 12);
    }

    [Fact]
    public void No_exposure_before_the_start_or_for_an_hour_not_yet_reached()
    {
        Assert.Equal(0, WeeklyExposure.Hours(0, Monday, Monday, Times.Week));
        Assert.Equal(0, WeeklyExposure.Hours(5, Monday, Monday + (3 * Times.Hour), Times.Week));
    }
}
