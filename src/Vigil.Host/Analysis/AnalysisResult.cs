using Vigil.Contracts.Alerts;

namespace Vigil.Host.Analysis;

/// <summary>What an analysis read, found and wrote.</summary>
public sealed record AnalysisResult
{
    public long Packets { get; init; }
    public long Bytes { get; init; }
    /// <summary>Frames by decode outcome ("Ok", "NotIP", "Truncated", …).</summary>
    public IReadOnlyDictionary<string, long> DecodeOutcomes { get; init; } = new Dictionary<string, long>();
    public long Flows { get; init; }
    public long FlowEvents { get; init; }
    public int Devices { get; init; }
    public IReadOnlyList<Alert> Alerts { get; init; } = [];
    /// <summary>The alerts correlated into stories, most significant first.</summary>
    public IReadOnlyList<Incident> Incidents { get; init; } = [];
    public long FirstPacketNs { get; init; }
    public long LastPacketNs { get; init; }
    public long LearningEndNs { get; init; }
    public TimeSpan Elapsed { get; init; }
    /// <summary>Time to start the embedded silo, part of <see cref="Elapsed"/>.</summary>
    public TimeSpan SiloStart { get; init; }
    /// <summary>When the reader had read the last packet (since the start of the analysis).</summary>
    public TimeSpan ReadingDone { get; init; }
    /// <summary>When the grains had judged the last step.</summary>
    public TimeSpan GrainsDone { get; init; }
    /// <summary>Steps of capture time run through the grains.</summary>
    public long Steps { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];
    /// <summary>Warnings the runtime (Orleans) logged, and the file they are in; null when they went to standard error.</summary>
    public (int Count, string Path)? RuntimeWarnings { get; init; }
    public required string OutputDirectory { get; init; }
}
