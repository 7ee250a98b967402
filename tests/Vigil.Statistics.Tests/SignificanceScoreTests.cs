namespace Vigil.Statistics.Tests;

public class SignificanceScoreTests
{
    [Fact]
    public void Anchors_are_one_in_a_thousand_half_and_one_in_a_billion_nineteen_twentieths()
    {
        Assert.Equal(0.5, SignificanceScore.FromProbability(1e-3), 12);
        Assert.Equal(0.95, SignificanceScore.FromProbability(1e-9), 12);
        Assert.Equal(0.5, SignificanceScore.FromSurprisal(3), 12);
    }

    [Fact]
    public void Documented_intermediate_points_hold()
    {
        Assert.Equal(0.15, SignificanceScore.FromProbability(0.1), 2);
        Assert.Equal(0.33, SignificanceScore.FromProbability(0.01), 2);
        Assert.Equal(0.83, SignificanceScore.FromProbability(1e-6), 2);
        Assert.Equal(0.99, SignificanceScore.FromProbability(1e-12), 2);
    }

    [Fact]
    public void Ends_are_zero_and_one()
    {
        Assert.Equal(0, SignificanceScore.FromProbability(1));
        Assert.Equal(1, SignificanceScore.FromProbability(0));
        Assert.Equal(0, SignificanceScore.FromSurprisal(-2));
        Assert.Equal(0, SignificanceScore.FromSurprisal(double.NaN));
        Assert.Equal(1, SignificanceScore.FromSurprisal(double.PositiveInfinity));
    }

    [Fact]
    public void Score_rises_with_surprisal_and_stays_in_the_unit_interval()
    {
        double previous = 0;
        for (double s = 0.05; s < 15; s += 0.05)
        {
            double score = SignificanceScore.FromSurprisal(s);
            Assert.InRange(score, previous, 1);
            Assert.True(score > previous);
            previous = score;
        }
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.8)]
    [InlineData(0.95)]
    public void Surprisal_for_a_score_inverts_the_score(double score)
    {
        Assert.Equal(score, SignificanceScore.FromSurprisal(SignificanceScore.ToSurprisal(score)), 12);
    }

    [Fact]
    public void Probabilities_outside_the_unit_interval_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SignificanceScore.FromProbability(1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => SignificanceScore.FromProbability(-0.1));
    }
}
