using Microsoft.Extensions.Options;
using Orleans.Runtime;
using Vigil.Contracts.Devices;
using Vigil.Detection;

namespace Vigil.Grains.Devices;

/// <summary>
/// One device (keyed by IP). Runs its models on every step and checkpoints its state every
/// <see cref="CheckpointEverySteps"/> steps and when deactivated — never per flow, which would cap
/// throughput at the storage's write rate — and on a wall-clock timer (<see cref="CheckpointOptions"/>) so
/// a quiet device is saved too. A crash loses at most the steps since the last checkpoint.
/// </summary>
public sealed class DeviceGrain(
    [PersistentState("device", StorageNames.Models)] IPersistentState<DeviceGrainState> state,
    IOptions<CheckpointOptions> checkpoints) : Grain, IDeviceGrain
{
    public const int CheckpointEverySteps = 64;

    private int _stepsSinceCheckpoint;

    private string Device => this.GetPrimaryKeyString();

    public async Task<DeviceStepResult> ObserveAsync(DeviceStep step)
    {
        state.State.Subnet = step.Subnet;
        var result = DeviceDetector.Observe(state.State.Model, Device, step);
        if (++_stepsSinceCheckpoint >= CheckpointEverySteps)
        {
            await CheckpointAsync();
        }
        return result;
    }

    public Task<DeviceSnapshot> GetSnapshotAsync() =>
        Task.FromResult(DeviceDetector.Snapshot(state.State.Model, Device, state.State.Subnet));

    public Task<IReadOnlyList<LoggedConnection>> GetRecentConnectionsAsync(int max) =>
        Task.FromResult(state.State.Model.EventLog.Latest(Math.Clamp(max, 0, Detection.Devices.ConnectionLog.Capacity)));

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var interval = checkpoints.Value.Interval;
        if (interval > TimeSpan.Zero)
        {
            this.RegisterGrainTimer(CheckpointIfChangedAsync, new GrainTimerCreationOptions(interval, interval) { KeepAlive = false });
        }
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_stepsSinceCheckpoint > 0)
        {
            await CheckpointAsync();
        }
    }

    private Task CheckpointIfChangedAsync(CancellationToken cancellationToken) =>
        _stepsSinceCheckpoint > 0 ? CheckpointAsync() : Task.CompletedTask;

    private async Task CheckpointAsync()
    {
        if (await StepCheckpoint.TryWriteAsync(state))
        {
            _stepsSinceCheckpoint = 0;
        }
    }
}
