using Vigil.Contracts.Alerts;

namespace Vigil.Host.Publishing;

/// <summary>What one step did to the incidents: the stories that changed, and the key of each of the step's alerts' story.</summary>
public sealed record IncidentBatch(IReadOnlyList<IncidentUpdate> Updates, IReadOnlyList<string> AlertKeys);
