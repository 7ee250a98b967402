using Orleans.Concurrency;

namespace Vigil.Contracts.Devices;

/// <summary>
/// One observed device, keyed by its IP address: holds its baseline (pattern of life) and a bounded
/// history of its recent connections, and runs the per-device models on every step.
/// </summary>
public interface IDeviceGrain : IGrainWithStringKey
{
    /// <summary>Learns from and judges one step of the device's flows.</summary>
    Task<DeviceStepResult> ObserveAsync(DeviceStep step);

    /// <summary>
    /// What the query API shows of the device. Interleaves with everything: a step changes the model without
    /// awaiting, so the only turn a read can overlap is a checkpoint waiting for PostgreSQL, which a query must not wait out.
    /// </summary>
    [AlwaysInterleave]
    Task<DeviceSnapshot> GetSnapshotAsync();

    /// <summary>The most recent connections, newest last (the per-device event log); interleaves as <see cref="GetSnapshotAsync"/>.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<LoggedConnection>> GetRecentConnectionsAsync(int max);
}
