using System.Net;
using Vigil.Host.Analysis;

namespace Vigil.Cluster.Sensor;

/// <summary>How a sensor reaches its cluster and what it does with what it reads.</summary>
public sealed record SensorOptions
{
    /// <summary>Gateways of the cluster (any silo's gateway port); calls reach grains on every silo through them.</summary>
    public required IReadOnlyList<IPEndPoint> Gateways { get; init; }

    public string ClusterId { get; init; } = "vigil";

    public string ServiceId { get; init; } = "vigil";

    /// <summary>Learning window, internal networks, step length and the output directory, as for `vigil analyze`.</summary>
    public required AnalyzeOptions Analysis { get; init; }

    /// <summary>Flow events held while the cluster is unreachable.</summary>
    public int BufferEvents { get; init; } = 500_000;

    public WhenFull WhenFull { get; init; } = WhenFull.Block;

    /// <summary>
    /// How long one grain call may take before it is retried. A call in flight to a silo that crashed
    /// gets no answer at all, so this bounds how long a crash stalls ingest.
    /// </summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest pause between attempts to reach the cluster again.</summary>
    public TimeSpan LongestRetryPause { get; init; } = TimeSpan.FromSeconds(5);
}
