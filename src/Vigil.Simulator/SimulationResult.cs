namespace Vigil.Simulator;

/// <summary>What a run produced.</summary>
/// <param name="PacketsWritten">Frames in the capture.</param>
/// <param name="BytesWritten">Sum of frame lengths.</param>
/// <param name="CaptureDuration">Capture time from first to last packet.</param>
/// <param name="CapturePath">The pcap file.</param>
/// <param name="LabelsPath">The labels file next to it.</param>
public sealed record SimulationResult(long PacketsWritten, long BytesWritten, TimeSpan CaptureDuration, string CapturePath, string LabelsPath);
