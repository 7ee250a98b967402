using Vigil.Contracts.Alerts;
using Vigil.Host.Analysis;

namespace Vigil.Host.Publishing;

/// <summary>
/// Correlates alerts into incidents step by step, for a live estate. It reuses the same
/// <see cref="IncidentCorrelator"/> and <see cref="IncidentStory"/> as the end of `analyze`, over the
/// alerts that can still join a story: those of incidents active within
/// <see cref="IncidentCorrelator.WindowNs"/> of the newest alert (older stories cannot grow — the
/// correlator never joins breaches further apart). Each incident is named by a key taken from its first
/// alert, so the incident log can give it one id for life; when an alert joins two stories the
/// update says which key was absorbed.
/// </summary>
public sealed class IncidentTracker
{
    /// <summary>Past this many open alerts the oldest stories are closed, bounding the work per step.</summary>
    public const int MaxOpenAlerts = 2_000;

    private List<Alert> _open = [];
    /// <summary>The key of the incident each open alert belonged to after the last step (same order as <see cref="_open"/>).</summary>
    private List<string> _keys = [];

    /// <summary>Alerts still able to join a story.</summary>
    public int OpenAlerts => _open.Count;

    /// <summary>Folds in one step's alerts; returns the incidents that changed and, per input alert, its incident's key.</summary>
    public IncidentBatch Observe(IReadOnlyList<Alert> alerts)
    {
        if (alerts.Count == 0)
        {
            return new IncidentBatch([], []);
        }
        // The alert book folds updates of an ongoing episode into its alert, as analyze does.
        var book = new AlertBook();
        // Where each breach (device, model, first time — the alert archive's key) sits in the book.
        var breaches = new Dictionary<(string Device, string Model, long TimeNs), int>();
        foreach (var alert in _open)
        {
            breaches[(alert.Device, alert.Model, alert.TimeNs)] = book.Alerts.Count;
            book.Add(alert);
        }
        // Record equality: an alert the book re-added unchanged equals its earlier self; an update does not.
        var previousKeys = new List<string?>(_keys);
        var before = _open;
        var landed = new int[alerts.Count];
        for (var i = 0; i < alerts.Count; i++)
        {
            var alert = alerts[i];
            // A breach brought again (a step replayed after a failover) is the one already in its story, not a new one.
            if (!alert.IsUpdate && breaches.TryGetValue((alert.Device, alert.Model, alert.TimeNs), out var known))
            {
                landed[i] = known;
                continue;
            }
            var count = book.Alerts.Count;
            book.Add(alert);
            landed[i] = book.Alerts.Count > count ? count : LatestOf(book.Alerts, alert);
            if (book.Alerts.Count > count)
            {
                breaches[(alert.Device, alert.Model, alert.TimeNs)] = count;
                previousKeys.Add(null);
            }
        }
        var open = book.Alerts.ToList();
        var (_, labelled) = IncidentCorrelator.Correlate(open);
        var groups = Enumerable.Range(0, open.Count).GroupBy(i => labelled[i].Incident!, StringComparer.Ordinal).ToList();

        var keys = new string[open.Count];
        var updates = new List<IncidentUpdate>();
        foreach (var group in groups)
        {
            var members = group.ToArray();
            var key = KeyOf(open[members[0]]);
            foreach (var i in members)
            {
                keys[i] = key;
            }
            var merged = members.Select(i => previousKeys[i]).OfType<string>().Where(k => k != key).Distinct(StringComparer.Ordinal).ToArray();
            var changed = merged.Length > 0 || members.Any(i => i >= before.Count || !before[i].Equals(open[i]));
            if (changed)
            {
                var story = IncidentStory.Tell(key, members.Select(i => open[i]).ToArray());
                updates.Add(new IncidentUpdate { Key = key, Incident = story, MergedKeys = merged });
            }
        }
        var alertKeys = landed.Select(i => keys[i]).ToArray();
        Close(open, keys);
        return new IncidentBatch(updates, alertKeys);
    }

    /// <summary>"time|device|model" of an incident's first alert: stable while the story grows, and across a restarted sensor.</summary>
    public static string KeyOf(Alert first) => $"{first.TimeNs}|{first.Device}|{first.Model}";

    /// <summary>Keeps only the alerts of stories that can still grow, and at most <see cref="MaxOpenAlerts"/>.</summary>
    private void Close(List<Alert> open, string[] keys)
    {
        var newest = open.Max(a => Math.Max(a.TimeNs, a.EndNs));
        var ends = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < open.Count; i++)
        {
            ends[keys[i]] = Math.Max(ends.GetValueOrDefault(keys[i]), Math.Max(open[i].TimeNs, open[i].EndNs));
        }
        var keep = ends.Where(e => newest - e.Value <= IncidentCorrelator.WindowNs).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var kept = Enumerable.Range(0, open.Count).Where(i => keep.Contains(keys[i])).ToList();
        if (kept.Count > MaxOpenAlerts)
        {
            // Close whole stories, least recently active first, so no story is cut in two.
            var order = kept.GroupBy(i => keys[i], StringComparer.Ordinal).OrderBy(g => ends[g.Key]).ToList();
            var total = kept.Count;
            var dropped = new HashSet<string>(StringComparer.Ordinal);
            foreach (var group in order)
            {
                if (total <= MaxOpenAlerts)
                {
                    break;
                }
                dropped.Add(group.Key);
                total -= group.Count();
            }
            kept = kept.Where(i => !dropped.Contains(keys[i])).ToList();
        }
        _open = kept.Select(i => open[i]).ToList();
        _keys = kept.Select(i => keys[i]).ToList();
    }

    /// <summary>The index of the alert an update was folded into: the latest of the same device and model.</summary>
    private static int LatestOf(IReadOnlyList<Alert> alerts, Alert update)
    {
        for (var i = alerts.Count - 1; i >= 0; i--)
        {
            if (string.Equals(alerts[i].Device, update.Device, StringComparison.Ordinal) && string.Equals(alerts[i].Model, update.Model, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return alerts.Count - 1;
    }
}
