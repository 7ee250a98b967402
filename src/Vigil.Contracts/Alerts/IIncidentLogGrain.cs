using Orleans.Concurrency;

namespace Vigil.Contracts.Alerts;

/// <summary>
/// The estate's incident store: the correlated stories the ingest publishes step by step, under ids
/// that do not change as a story grows, with analysts' acknowledgements and comments. Bounded to the
/// most recent incidents.
/// </summary>
public interface IIncidentLogGrain : IGrainWithStringKey
{
    /// <summary>Creates or replaces incidents by key; returns each key's id (absorbed keys map to the survivor's id).</summary>
    Task<IReadOnlyDictionary<string, string>> UpsertAsync(IReadOnlyList<IncidentUpdate> updates);

    /// <summary>One page of incidents matching the query.</summary>
    [ReadOnly]
    Task<IncidentPage> QueryAsync(IncidentQuery query);

    /// <summary>One incident by id (an absorbed id answers its survivor), or null when unknown or evicted.</summary>
    [ReadOnly]
    Task<IncidentRecord?> GetAsync(string id);

    /// <summary>Marks an incident acknowledged (again, to change the comment); null when the id is unknown.</summary>
    Task<IncidentRecord?> AcknowledgeAsync(string id, AlertAcknowledgement acknowledgement);

    /// <summary>Adds a comment; null when the id is unknown.</summary>
    Task<IncidentRecord?> CommentAsync(string id, IncidentComment comment);
}
