using Vigil.Statistics;

namespace Vigil.Detection.Subnets;

/// <summary>What a subnet grain tracks about one source that makes first contacts: its TRW walk, what it touched, when.</summary>
public sealed class ScanSource
{
    public const int MaxHosts = 2048;
    public const int MaxPorts = 256;

    public ThresholdRandomWalk Walk { get; set; } = new();
    public HashSet<string> Hosts { get; set; } = new(StringComparer.Ordinal);
    public SortedSet<int> Ports { get; set; } = [];
    /// <summary>Hosts past <see cref="MaxHosts"/>, counted only.</summary>
    public long MoreHosts { get; set; }
    public long StartNs { get; set; }
    public long LastNs { get; set; }
    /// <summary>When the scan alert was raised; 0 while none.</summary>
    public long AlertedNs { get; set; }
    /// <summary>Distinct hosts at the last alert or update, so updates say what changed.</summary>
    public long ReportedHosts { get; set; }
}
