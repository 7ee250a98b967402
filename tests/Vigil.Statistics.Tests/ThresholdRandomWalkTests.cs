namespace Vigil.Statistics.Tests;

public class ThresholdRandomWalkTests
{
    [Fact]
    public void Default_parameters_call_a_scanner_after_four_straight_failures()
    {
        // ln η₁ / ln((1 − θ₁)/(1 − θ₀)) = ln 99 / ln 4 ≈ 3.31, so the fourth failure crosses.
        var parameters = TrwParameters.Default;
        int needed = (int)Math.Ceiling(parameters.LogUpperThreshold / parameters.LogFailureStep);
        var walk = new ThresholdRandomWalk();

        Assert.Equal(4, needed);
        Assert.Equal(TrwDecision.Pending, walk.Observe(false));
        Assert.Equal(TrwDecision.Pending, walk.Observe(false));
        Assert.Equal(TrwDecision.Pending, walk.Observe(false));
        Assert.Equal(TrwDecision.Scanner, walk.Observe(false));
        Assert.Equal(4 * Math.Log(4), walk.LogLikelihoodRatio, 12);
    }

    [Fact]
    public void Sharper_hypotheses_decide_sooner()
    {
        // θ₀ = 0.9, θ₁ = 0.1: each failure multiplies Λ by 9; ln 99 / ln 9 ≈ 2.09, so three failures.
        var parameters = new TrwParameters(0.9, 0.1, 0.99, 0.01);
        var walk = new ThresholdRandomWalk();

        Assert.Equal(TrwDecision.Pending, walk.Observe(false, parameters));
        Assert.Equal(TrwDecision.Pending, walk.Observe(false, parameters));
        Assert.Equal(TrwDecision.Scanner, walk.Observe(false, parameters));
    }

    [Fact]
    public void Four_successes_are_benign_and_restart_the_walk()
    {
        var walk = new ThresholdRandomWalk();
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(TrwDecision.Pending, walk.Observe(true));
        }

        Assert.Equal(TrwDecision.Benign, walk.Observe(true));
        Assert.Equal(0, walk.LogLikelihoodRatio);
        Assert.Equal(1, walk.BenignVerdicts);
    }

    [Fact]
    public void A_benign_host_that_starts_scanning_is_still_caught()
    {
        var walk = new ThresholdRandomWalk();
        for (int i = 0; i < 20; i++)
        {
            walk.Observe(true);
        }
        var decisions = Enumerable.Range(0, 4).Select(_ => walk.Observe(false)).ToList();

        Assert.Equal(TrwDecision.Scanner, decisions[^1]);
        Assert.Equal(5, walk.BenignVerdicts);
    }

    [Fact]
    public void A_success_cancels_a_failure_when_hypotheses_are_symmetric()
    {
        // ln(0.2/0.8) = −ln 4 and ln(0.8/0.2) = ln 4.
        var walk = new ThresholdRandomWalk();
        walk.Observe(false);
        walk.Observe(true);

        Assert.Equal(0, walk.LogLikelihoodRatio, 12);
        Assert.Equal(TrwDecision.Pending, walk.Decision);
    }

    [Fact]
    public void Scanner_verdict_is_final()
    {
        var walk = new ThresholdRandomWalk();
        for (int i = 0; i < 4; i++)
        {
            walk.Observe(false);
        }

        Assert.Equal(TrwDecision.Scanner, walk.Observe(true));
        Assert.Equal(1, walk.Successes);
        Assert.Equal(4, walk.Failures);
    }

    [Fact]
    public void Parameters_that_cannot_separate_hypotheses_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new TrwParameters(0.2, 0.8, 0.99, 0.01));
        Assert.Throws<ArgumentException>(() => new TrwParameters(0.8, 0.2, 0.01, 0.99));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrwParameters(1, 0.2, 0.99, 0.01));
    }

    [Fact]
    public void State_survives_json_exactly()
    {
        var walk = new ThresholdRandomWalk();
        walk.Observe(false);
        walk.Observe(false);
        walk.Observe(true);

        var copy = Json.RoundTrip(walk);

        Assert.Equal(walk.LogLikelihoodRatio, copy.LogLikelihoodRatio);
        Assert.Equal(walk.Observe(false), copy.Observe(false));
    }
}
