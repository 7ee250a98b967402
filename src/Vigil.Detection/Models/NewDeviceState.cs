namespace Vigil.Detection.Models;

/// <summary>
/// What the new-device model keeps while a device is new: the places its rare behaviours went (the
/// ICS hosts it reached into, the external endpoints nobody had contacted, …), a few per behaviour,
/// and what it last told the analyst — when, how significant, which kinds of evidence — so that it
/// raises one alert and then updates it only when new evidence matters.
/// </summary>
public sealed class NewDeviceState
{
    /// <summary>Places listed per behaviour; past this they are only counted.</summary>
    public const int MaxPlaces = 16;

    /// <summary>Behaviour → "peer:port" places it went to, in order of first sight, at most <see cref="MaxPlaces"/>.</summary>
    public SortedDictionary<string, List<string>> Places { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Behaviour → first flows to places left off the full list (a place contacted anew counts again).</summary>
    public SortedDictionary<string, int> MorePlaces { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Capture time of the alert (ns); 0 until the model has alerted.</summary>
    public long AlertedNs { get; set; }

    /// <summary>The highest total surprisal reported so far, by the alert or an update.</summary>
    public double ReportedSurprisal { get; set; }

    /// <summary>The kinds of evidence already reported.</summary>
    public SortedSet<string> ReportedKinds { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Remembers that <paramref name="behaviour"/> went to <paramref name="place"/>.</summary>
    public void AddPlace(string behaviour, string place)
    {
        if (!Places.TryGetValue(behaviour, out var places))
        {
            Places[behaviour] = places = [];
        }
        if (places.Contains(place, StringComparer.Ordinal))
        {
            return;
        }
        if (places.Count < MaxPlaces)
        {
            places.Add(place);
        }
        else
        {
            MorePlaces[behaviour] = MorePlaces.GetValueOrDefault(behaviour) + 1;
        }
    }
}
