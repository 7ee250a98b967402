namespace Vigil.Evaluation.Scoring;

/// <summary>For one model: over the attack steps that expect it, how many it caught.</summary>
/// <param name="Model">Catalog model name.</param>
/// <param name="Expected">Attack steps that expect the model.</param>
/// <param name="Detected">Those the model caught.</param>
public sealed record ModelRecall(string Model, int Expected, int Detected)
{
    /// <summary>Detected / expected, in [0, 1].</summary>
    public double Recall => Expected == 0 ? 0 : (double)Detected / Expected;
}
