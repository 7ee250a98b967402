namespace Vigil.Statistics;

/// <summary>
/// Sequential hypothesis test of one source: is it a scanner? Each first contact with a new
/// destination moves the log likelihood ratio ln Λ up on failure and down on success until it
/// crosses a threshold (Jung et al. 2004). State is one double and three counts.
/// </summary>
/// <remarks>
/// Feed only first contacts (the first connection from this source to a destination), as the
/// paper does: repeat connections to a working server say nothing about scanning.
/// <see cref="TrwDecision.Scanner"/> is final. <see cref="TrwDecision.Benign"/> restarts the
/// walk from zero, so a host that behaved well for a day and then starts scanning is still caught.
/// </remarks>
public sealed class ThresholdRandomWalk
{
    /// <summary>ln Λ of the current walk.</summary>
    public double LogLikelihoodRatio { get; set; }

    /// <summary>First contacts that succeeded, over the source's lifetime.</summary>
    public int Successes { get; set; }

    /// <summary>First contacts that failed, over the source's lifetime.</summary>
    public int Failures { get; set; }

    /// <summary>Times the walk reached the benign threshold and restarted.</summary>
    public int BenignVerdicts { get; set; }

    /// <summary>The latest decision.</summary>
    public TrwDecision Decision { get; set; }

    /// <summary>Records a first contact under <see cref="TrwParameters.Default"/>.</summary>
    public TrwDecision Observe(bool success) => Observe(success, TrwParameters.Default);

    /// <summary>Records a first contact and returns the decision it leads to.</summary>
    public TrwDecision Observe(bool success, TrwParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (success)
        {
            Successes++;
        }
        else
        {
            Failures++;
        }
        if (Decision == TrwDecision.Scanner)
        {
            return Decision;
        }
        LogLikelihoodRatio += success ? parameters.LogSuccessStep : parameters.LogFailureStep;
        if (LogLikelihoodRatio >= parameters.LogUpperThreshold)
        {
            Decision = TrwDecision.Scanner;
        }
        else if (LogLikelihoodRatio <= parameters.LogLowerThreshold)
        {
            Decision = TrwDecision.Benign;
            BenignVerdicts++;
            LogLikelihoodRatio = 0;
        }
        else
        {
            Decision = TrwDecision.Pending;
        }
        return Decision;
    }
}
