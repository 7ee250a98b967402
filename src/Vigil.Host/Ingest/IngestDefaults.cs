using Vigil.Flows;

namespace Vigil.Host.Ingest;

/// <summary>The flow tracking every front-end (analyze, capture, sensor) uses, so they judge traffic alike.</summary>
public static class IngestDefaults
{
    /// <summary>Interim reports every 30 s, so an hours-long session's upload is judged within a minute.</summary>
    public static FlowTrackerOptions Tracker(int maxFlows) =>
        FlowTrackerOptions.Default with { MaxFlows = maxFlows, InterimInterval = TimeSpan.FromSeconds(30) };
}
