namespace Vigil.Host.Ingest;

/// <summary>
/// One step of capture time: every device's flow reports up to <see cref="StepEndNs"/>. Steps are
/// processed one after another and each completes before the next begins — that barrier is what
/// makes a replay give the same alerts whatever the thread timing.
/// </summary>
public sealed record CaptureStep(long StepEndNs, IReadOnlyList<DeviceEvents> Devices, int EventCount);
