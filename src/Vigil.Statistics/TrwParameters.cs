namespace Vigil.Statistics;

/// <summary>
/// Settings of the threshold random walk (Jung, Paxson, Berger, Balakrishnan, "Fast Portscan
/// Detection Using Sequential Hypothesis Testing", IEEE S&amp;P 2004). Configuration shared by
/// every source, kept by the caller — not per-source state.
/// </summary>
public sealed class TrwParameters
{
    /// <summary>Creates parameters, checking that they describe a usable test.</summary>
    /// <param name="benignSuccess">θ₀: probability that a benign host's first contact succeeds.</param>
    /// <param name="scannerSuccess">θ₁: probability that a scanner's first contact succeeds (θ₁ &lt; θ₀).</param>
    /// <param name="detectionProbability">P_D, the desired detection rate (β in the paper).</param>
    /// <param name="falsePositiveProbability">P_F, the tolerated false positive rate (α in the paper, &lt; P_D).</param>
    public TrwParameters(double benignSuccess, double scannerSuccess, double detectionProbability, double falsePositiveProbability)
    {
        RequireOpenUnit(benignSuccess, nameof(benignSuccess));
        RequireOpenUnit(scannerSuccess, nameof(scannerSuccess));
        RequireOpenUnit(detectionProbability, nameof(detectionProbability));
        RequireOpenUnit(falsePositiveProbability, nameof(falsePositiveProbability));
        if (scannerSuccess >= benignSuccess)
        {
            throw new ArgumentException("A scanner must succeed less often than a benign host (θ1 < θ0).", nameof(scannerSuccess));
        }
        if (falsePositiveProbability >= detectionProbability)
        {
            throw new ArgumentException("The false positive rate must be below the detection rate.", nameof(falsePositiveProbability));
        }
        BenignSuccess = benignSuccess;
        ScannerSuccess = scannerSuccess;
        DetectionProbability = detectionProbability;
        FalsePositiveProbability = falsePositiveProbability;
    }

    /// <summary>The paper's evaluation settings: θ₀ = 0.8, θ₁ = 0.2, P_D = 0.99, P_F = 0.01.</summary>
    public static TrwParameters Default { get; } = new(0.8, 0.2, 0.99, 0.01);

    /// <summary>θ₀.</summary>
    public double BenignSuccess { get; }

    /// <summary>θ₁.</summary>
    public double ScannerSuccess { get; }

    /// <summary>P_D.</summary>
    public double DetectionProbability { get; }

    /// <summary>P_F.</summary>
    public double FalsePositiveProbability { get; }

    /// <summary>ln η₁ = ln(P_D/P_F): the walk declares a scanner at or above it.</summary>
    public double LogUpperThreshold => Math.Log(DetectionProbability / FalsePositiveProbability);

    /// <summary>ln η₀ = ln((1 − P_D)/(1 − P_F)): the walk declares benign at or below it.</summary>
    public double LogLowerThreshold => Math.Log((1 - DetectionProbability) / (1 - FalsePositiveProbability));

    /// <summary>ln(θ₁/θ₀), the (negative) step of a successful first contact.</summary>
    public double LogSuccessStep => Math.Log(ScannerSuccess / BenignSuccess);

    /// <summary>ln((1 − θ₁)/(1 − θ₀)), the (positive) step of a failed first contact.</summary>
    public double LogFailureStep => Math.Log((1 - ScannerSuccess) / (1 - BenignSuccess));

    private static void RequireOpenUnit(double value, string name)
    {
        if (!(value > 0 && value < 1))
        {
            throw new ArgumentOutOfRangeException(name, value, "Must lie strictly between 0 and 1.");
        }
    }
}
