namespace Vigil.Statistics;

/// <summary>One key of a <see cref="BoundedCounterMap{TKey}"/> and its decayed weight.</summary>
/// <param name="Key">The counted key.</param>
/// <param name="WeightAtLandmark">
/// The key's decayed weight expressed at the map's landmark time (events after the landmark
/// count more than one); multiply by 2^(−(t − landmark)/h) for the weight at t.
/// </param>
public record struct CounterEntry<TKey>(TKey Key, double WeightAtLandmark);
