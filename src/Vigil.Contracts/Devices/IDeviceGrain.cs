namespace Vigil.Contracts.Devices;

/// <summary>
/// One observed device, keyed by its IP address: holds its baseline (pattern of life) and a bounded
/// history of its recent connections, and runs the per-device models on every step.
/// </summary>
public interface IDeviceGrain : IGrainWithStringKey
{
    /// <summary>Learns from and judges one step of the device's flows.</summary>
    Task<DeviceStepResult> ObserveAsync(DeviceStep step);

    Task<DeviceSnapshot> GetSnapshotAsync();

    /// <summary>The most recent connections, newest last (the per-device event log).</summary>
    Task<IReadOnlyList<LoggedConnection>> GetRecentConnectionsAsync(int max);
}
