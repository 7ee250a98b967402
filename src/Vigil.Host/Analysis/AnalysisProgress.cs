namespace Vigil.Host.Analysis;

/// <summary>How far an analysis has read: bytes of the source (when its size is known) and packets.</summary>
public readonly record struct AnalysisProgress(long Position, long Length, long Packets);
