namespace Vigil.Statistics;

/// <summary>Where a <see cref="ThresholdRandomWalk"/> stands after an observation.</summary>
public enum TrwDecision
{
    /// <summary>Not enough evidence either way yet.</summary>
    Pending,

    /// <summary>The walk crossed the upper threshold: the source behaves like a scanner.</summary>
    Scanner,

    /// <summary>The walk crossed the lower threshold: the source behaves like a benign host.</summary>
    Benign,
}
