namespace Vigil.Contracts.Subnets;

/// <summary>
/// The whole estate (one per site, keyed "estate"): how many established devices contacted each
/// external endpoint, and which subnets serve ICS protocols (zone inference). Bounded; read at the
/// start of a step, changed only in the step's last phase.
/// </summary>
public interface IEstateGrain : IGrainWithStringKey
{
    /// <summary>Reach of the given external endpoints and the inferred ICS subnets, as of the last completed step.</summary>
    Task<EstateFacts> GetFactsAsync(IReadOnlyList<string> externalEndpoints);

    /// <summary>Folds in one step of device summaries (sorted by device).</summary>
    Task ObserveAsync(IReadOnlyList<DeviceActivitySummary> summaries);
}
