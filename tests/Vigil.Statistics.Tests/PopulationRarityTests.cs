namespace Vigil.Statistics.Tests;

public class PopulationRarityTests
{
    [Fact]
    public void Laplace_rule_of_succession()
    {
        Assert.Equal(0.5, PopulationRarity.Probability(0, 0));
        Assert.Equal(1.0 / 1000, PopulationRarity.Probability(0, 998), 15);
        Assert.Equal(3.0 / 12, PopulationRarity.Probability(2, 10));
    }

    [Fact]
    public void Custom_prior_pseudo_counts()
    {
        // (1 + 0.5)/(20 + 0.5 + 9.5) = 0.05.
        Assert.Equal(0.05, PopulationRarity.Probability(1, 20, alpha: 0.5, beta: 9.5), 15);
    }

    [Fact]
    public void Unseen_by_a_thousand_devices_scores_half()
    {
        double surprisal = PopulationRarity.Surprisal(0, 998);

        Assert.Equal(3, surprisal, 12);
        Assert.Equal(0.5, SignificanceScore.FromSurprisal(surprisal), 12);
    }

    [Fact]
    public void Inconsistent_counts_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PopulationRarity.Probability(5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => PopulationRarity.Probability(-1, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => PopulationRarity.Probability(1, 4, alpha: 0));
    }
}
