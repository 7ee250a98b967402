using Vigil.Detection.Models;
using static Vigil.Detection.Tests.Flows;

namespace Vigil.Detection.Tests.Models;

public sealed class NoveltyRateTests
{
    [Fact]
    public void A_first_that_nobody_did_in_many_device_hours_is_more_surprising_than_a_common_one()
    {
        var rare = NoveltyRate.Surprisal(1, 10 * Minute, 0, 24, 0, 240);
        var common = NoveltyRate.Surprisal(1, 10 * Minute, 20, 24, 8, 240);

        Assert.True(rare > 2.5, $"rare {rare}");
        Assert.True(common < 2 && rare > common + 1, $"common {common}");
    }

    [Fact]
    public void More_firsts_in_the_window_are_more_surprising() =>
        Assert.True(NoveltyRate.Surprisal(5, 10 * Minute, 0, 24, 0, 240) > NoveltyRate.Surprisal(1, 10 * Minute, 0, 24, 0, 240));

    [Fact]
    public void Episodes_suppress_repeats_until_the_behaviour_goes_quiet()
    {
        var book = new EpisodeBook();

        Assert.True(book.Trigger("m", 0));
        Assert.False(book.Trigger("m", 5 * Minute));
        Assert.False(book.Trigger("m", 14 * Minute));
        Assert.True(book.Trigger("m", 30 * Minute));
    }
}
