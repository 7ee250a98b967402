using Vigil.Contracts.Alerts;

namespace Vigil.Host.Analysis;

/// <summary>
/// Correlates alerts into incidents: an alert joins the incident of an earlier alert of the same
/// device, or of a device it touched (its peers), when they are at most <see cref="WindowNs"/> apart.
/// Pure and order-stable: the same alerts give the same incidents and ids.
/// </summary>
public static class IncidentCorrelator
{
    /// <summary>Breaches further apart than this are separate stories.</summary>
    public const long WindowNs = 2 * 3_600_000_000_000L;

    /// <summary>Groups <paramref name="alerts"/> (in time order) into incidents; returns them and the alerts with their incident ids.</summary>
    public static (IReadOnlyList<Incident> Incidents, IReadOnlyList<Alert> Alerts) Correlate(IReadOnlyList<Alert> alerts)
    {
        var parent = Enumerable.Range(0, alerts.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        void Union(int a, int b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra != rb)
            {
                parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }
        var lastByDevice = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < alerts.Count; i++)
        {
            var alert = alerts[i];
            foreach (var device in alert.Peers.Prepend(alert.Device))
            {
                if (lastByDevice.TryGetValue(device, out var j) && alert.TimeNs - Math.Max(alerts[j].TimeNs, alerts[j].EndNs) <= WindowNs)
                {
                    Union(i, j);
                }
            }
            lastByDevice[alert.Device] = i;
        }
        var groups = Enumerable.Range(0, alerts.Count).GroupBy(Find).OrderBy(g => g.Key).ToList();
        var incidents = new List<Incident>();
        var labelled = alerts.ToArray();
        foreach (var group in groups)
        {
            var id = $"INC-{incidents.Count + 1:D4}";
            var members = group.Select(i => alerts[i] with { Incident = id }).ToList();
            foreach (var i in group)
            {
                labelled[i] = labelled[i] with { Incident = id };
            }
            incidents.Add(IncidentStory.Tell(id, members));
        }
        return (incidents, labelled);
    }
}
