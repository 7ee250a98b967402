using Orleans.Concurrency;

namespace Vigil.Contracts.Alerts;

/// <summary>
/// The estate's alert store: a bounded, persisted log of the last <c>Capacity</c> alerts, each with a
/// sequence id, and the analysts' acknowledgements. The ingest appends each step's alerts; the query
/// API, the live stream and the SIEM forwarder read it by id.
/// </summary>
public interface IAlertLogGrain : IGrainWithStringKey
{
    /// <summary>Stores alerts in the given order; returns them with the ids they were given.</summary>
    Task<IReadOnlyList<AlertRecord>> AppendAsync(IReadOnlyList<Alert> alerts);

    /// <summary>One page of alerts matching the query.</summary>
    [ReadOnly]
    Task<AlertPage> QueryAsync(AlertQuery query);

    /// <summary>One alert by id, or null when unknown or already evicted.</summary>
    [ReadOnly]
    Task<AlertRecord?> GetAsync(long id);

    /// <summary>Marks an alert acknowledged (again, to change the comment); null when the id is unknown.</summary>
    Task<AlertRecord?> AcknowledgeAsync(long id, AlertAcknowledgement acknowledgement);
}
