namespace Vigil.Detection.Models;

/// <summary>
/// A device's upload volume: KiB sent to each peer in the current ten-minute window (bounded), and
/// the exponentially weighted mean and variance of the busiest peer's KiB per window (half-life a
/// day of windows), every window counted, quiet ones as zero.
/// </summary>
public sealed class UploadBaseline
{
    public const int MaxPeersPerWindow = 32;

    /// <summary>Index of the current window (capture time / 10 min); long.MinValue before the first.</summary>
    public long Window { get; set; } = long.MinValue;
    /// <summary>Bytes sent per peer in the current window.</summary>
    public SortedDictionary<string, long> PeerBytes { get; set; } = new(StringComparer.Ordinal);
    public double MeanKib { get; set; }
    public double VarianceKib { get; set; }
    public long WindowsObserved { get; set; }
    /// <summary>The peer alerted on in the current window; an alert covers the window.</summary>
    public string? AlertedPeer { get; set; }
}
