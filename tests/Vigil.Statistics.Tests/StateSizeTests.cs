using Xunit.Abstractions;

namespace Vigil.Statistics.Tests;

/// <summary>
/// Per-device state must stay small: builds each statistic with a realistic load, reports its
/// JSON size, pins an upper bound, and checks that replaying the same inputs gives the same bytes.
/// </summary>
public class StateSizeTests(ITestOutputHelper output)
{
    private static readonly long T0 = Times.Monday;

    public static TheoryData<string> Statistics => new()
    {
        nameof(DecayedCounter),
        nameof(RunningMoments),
        nameof(EwmaMoments),
        nameof(HourOfWeekProfile),
        nameof(ThresholdRandomWalk),
        nameof(BoundedCounterMap<>),
    };

    [Theory]
    [MemberData(nameof(Statistics))]
    public void Replaying_the_same_inputs_gives_the_same_state(string name)
    {
        Assert.Equal(Build(name), Build(name));
    }

    [Theory]
    [InlineData(nameof(DecayedCounter), 160)]
    [InlineData(nameof(RunningMoments), 160)]
    [InlineData(nameof(EwmaMoments), 260)]
    [InlineData(nameof(HourOfWeekProfile), 2200)]
    [InlineData(nameof(ThresholdRandomWalk), 160)]
    [InlineData(nameof(BoundedCounterMap<>), 4000)]
    public void Serialized_state_stays_small(string name, int maxBytes)
    {
        string json = Build(name);
        output.WriteLine($"{name}: {json.Length} bytes of JSON");

        Assert.InRange(json.Length, 1, maxBytes);
    }

    private static string Build(string name) => name switch
    {
        nameof(DecayedCounter) => Json.Serialize(Fill(new DecayedCounter(TimeSpan.FromDays(7), T0), (c, t, x) => c.Add(t, x))),
        nameof(RunningMoments) => Json.Serialize(Fill(new RunningMoments(), (m, _, x) => m.Add(x))),
        nameof(EwmaMoments) => Json.Serialize(Fill(new EwmaMoments(TimeSpan.FromDays(7)), (m, t, x) => m.Add(t, x))),
        nameof(HourOfWeekProfile) => Json.Serialize(Fill(new HourOfWeekProfile(TimeSpan.FromDays(28), T0), (p, t, x) => p.Add(t, x))),
        nameof(ThresholdRandomWalk) => Json.Serialize(Fill(new ThresholdRandomWalk(), (w, _, x) => w.Observe(x > 2))),
        _ => Json.Serialize(Fill(new BoundedCounterMap<uint>(64, TimeSpan.FromDays(7)), (m, t, x) => m.Add((uint)(t / Times.Minute % 997), t, x))),
    };

    // Three weeks of irregular activity, a value every 13 minutes.
    private static T Fill<T>(T statistic, Action<T, long, double> add)
    {
        for (int i = 0; i < 3 * 7 * 24 * 60 / 13; i++)
        {
            add(statistic, T0 + (i * 13 * Times.Minute) + (i * 7919 % 60 * Times.Second), 1 + (i * 31 % 7) / 3.0);
        }
        return statistic;
    }
}
