using Vigil.Contracts.Alerts;

namespace Vigil.Host.Analysis;

/// <summary>
/// The alerts of a run, in the order they were raised. An update (<see cref="Alert.IsUpdate"/>) does
/// not add a breach: it replaces the summary, evidence and end of the latest alert of the same device
/// and model — an ongoing scan is one alert with its start and end — and adds the update's time (its
/// end) to <see cref="Alert.UpdatesNs"/>, so the line still says when new evidence arrived.
/// </summary>
public sealed class AlertBook
{
    /// <summary>Update times kept per alert; later updates still refresh the evidence.</summary>
    public const int MaxUpdateTimes = 32;

    private readonly List<Alert> _alerts = [];
    private readonly Dictionary<(string Device, string Model), int> _latest = [];

    public IReadOnlyList<Alert> Alerts => _alerts;

    public void Add(Alert alert)
    {
        var key = (alert.Device, alert.Model);
        if (alert.IsUpdate && _latest.TryGetValue(key, out var index))
        {
            var open = _alerts[index];
            _alerts[index] = open with
            {
                Summary = alert.Summary,
                EvidenceJson = alert.EvidenceJson,
                EndNs = Math.Max(open.EndNs, alert.EndNs),
                Score = Math.Max(open.Score, alert.Score),
                Peers = alert.Peers.Count > 0 ? alert.Peers : open.Peers,
                // In time order: a step's reports can end before the previous step's latest one.
                UpdatesNs = alert.EndNs > open.TimeNs && open.UpdatesNs.Count < MaxUpdateTimes && !open.UpdatesNs.Contains(alert.EndNs)
                    ? [.. open.UpdatesNs.Append(alert.EndNs).Order()]
                    : open.UpdatesNs,
            };
            return;
        }
        _latest[key] = _alerts.Count;
        _alerts.Add(alert with { IsUpdate = false });
    }
}
