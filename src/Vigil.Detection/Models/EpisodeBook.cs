namespace Vigil.Detection.Models;

/// <summary>
/// One alert per model per device per episode: an episode opens with an alert and stays open while
/// the behaviour keeps recurring; it closes after <see cref="QuietNs"/> without a trigger, so the
/// next occurrence is a new alert. Keys are "model" or "model/reason".
/// </summary>
public sealed class EpisodeBook
{
    /// <summary>Quiet time that ends an episode: ten minutes of capture time.</summary>
    public const long QuietNs = 10 * 60_000_000_000L;

    /// <summary>Episode key → last trigger (ns) of the open episode.</summary>
    public SortedDictionary<string, long> Open { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Whether an episode of <paramref name="key"/> is open at <paramref name="timeNs"/>.</summary>
    public bool IsOpen(string key, long timeNs) => Open.TryGetValue(key, out var last) && timeNs - last <= QuietNs;

    /// <summary>Records a trigger; returns true when it opens a new episode (the caller raises the alert).</summary>
    public bool Trigger(string key, long timeNs)
    {
        var opened = !IsOpen(key, timeNs);
        Open[key] = opened ? timeNs : Math.Max(Open[key], timeNs);
        return opened;
    }

    /// <summary>Extends an open episode without opening one (the behaviour goes on below the alert threshold).</summary>
    public void Extend(string key, long timeNs)
    {
        if (IsOpen(key, timeNs))
        {
            Open[key] = Math.Max(Open[key], timeNs);
        }
    }
}
