using Microsoft.Extensions.Options;
using Orleans.Runtime;
using Vigil.Contracts.Alerts;
using Vigil.Contracts.Subnets;

namespace Vigil.Grains.Subnets;

/// <summary>
/// One subnet (keyed by CIDR). Folds its devices' step summaries into the profile that tells device
/// grains what is normal here. Device grains read the profile at the start of a step and this grain
/// changes it only after the step, so results never depend on which grain ran first.
/// </summary>
public sealed class SubnetGrain(
    [PersistentState("subnet", StorageNames.Models)] IPersistentState<SubnetState> state,
    IOptions<CheckpointOptions> checkpoints) : Grain, ISubnetGrain
{
    private const int CheckpointEverySteps = 64;
    private SubnetProfile? _profile;
    private int _stepsSinceCheckpoint;

    private string Subnet => this.GetPrimaryKeyString();

    public Task<SubnetProfile> GetProfileAsync() => Task.FromResult(_profile ??= BuildProfile());

    public async Task<IReadOnlyList<Alert>> ObserveAsync(SubnetStep step)
    {
        var subnet = state.State;
        var alerts = new List<Alert>();
        foreach (var summary in step.Summaries)
        {
            if (subnet.Scans.Observe(summary, step.LearningEndNs) is { } scan)
            {
                alerts.Add(scan);
            }
            if (!subnet.Members.Contains(summary.Device))
            {
                if (subnet.Members.Count >= SubnetState.MaxMembers)
                {
                    subnet.UntrackedMembers++;
                    continue;
                }
                subnet.Members.Add(summary.Device);
            }
            subnet.Attempts += summary.Attempts;
            subnet.FailedAttempts += summary.FailedAttempts;
            if (!summary.Established)
            {
                continue;
            }
            if (subnet.EstablishedSpans.ContainsKey(summary.Device) || subnet.EstablishedSpans.Count < SubnetState.MaxMembers)
            {
                subnet.EstablishedSpans[summary.Device] = [summary.FirstSeenNs, summary.LastSeenNs];
            }
            // Keep each member's busiest day: the subnet's idea of "many peers" should not shrink overnight.
            subnet.EstablishedDailyPeers[summary.Device] = Math.Max(summary.DailyInternalPeers, subnet.EstablishedDailyPeers.GetValueOrDefault(summary.Device));
            CountMembers(subnet.ServiceClients, summary.NewClientServices);
            CountMembers(subnet.BehaviourDevices, summary.NewBehaviours);
        }
        alerts.AddRange(subnet.Scans.Close(Subnet, step.StepEndNs));
        _profile = BuildProfile();
        if (++_stepsSinceCheckpoint >= CheckpointEverySteps)
        {
            await CheckpointAsync();
        }
        return alerts;
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var interval = checkpoints.Value.Interval;
        if (interval > TimeSpan.Zero)
        {
            // The same wall-clock checkpoint as device grains, so a crash costs a subnet no more than its devices.
            this.RegisterGrainTimer(_ => _stepsSinceCheckpoint > 0 ? CheckpointAsync() : Task.CompletedTask,
                new GrainTimerCreationOptions(interval, interval) { KeepAlive = false });
        }
        return Task.CompletedTask;
    }

    public Task<SubnetSnapshot> GetSnapshotAsync() => Task.FromResult(new SubnetSnapshot
    {
        Subnet = Subnet,
        Profile = _profile ??= BuildProfile(),
        Devices = state.State.Members.Count,
        Attempts = state.State.Attempts,
        FailedAttempts = state.State.FailedAttempts,
    });

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_stepsSinceCheckpoint > 0)
        {
            await CheckpointAsync();
        }
    }

    private async Task CheckpointAsync()
    {
        if (await StepCheckpoint.TryWriteAsync(state))
        {
            _stepsSinceCheckpoint = 0;
        }
    }

    /// <summary>Counts one more member for each key it reported for the first time; past <see cref="SubnetState.MaxServices"/> keys new ones are dropped.</summary>
    private static void CountMembers(Dictionary<string, int> members, IReadOnlyList<string> firsts)
    {
        foreach (var key in firsts)
        {
            if (members.ContainsKey(key) || members.Count < SubnetState.MaxServices)
            {
                members[key] = members.GetValueOrDefault(key) + 1;
            }
        }
    }

    private SubnetProfile BuildProfile()
    {
        var peers = state.State.EstablishedDailyPeers.Values;
        var mean = peers.Count == 0 ? 0 : peers.Average();
        var variance = peers.Count < 2 ? mean : peers.Sum(p => (p - mean) * (p - mean)) / (peers.Count - 1);
        return new SubnetProfile
        {
            Subnet = Subnet,
            EstablishedDevices = peers.Count,
            MeanDailyPeers = mean,
            VarianceDailyPeers = variance,
            ServiceClients = new Dictionary<string, int>(state.State.ServiceClients, StringComparer.Ordinal),
            DeviceHours = state.State.EstablishedSpans.Values.Sum(span => Math.Max(0, span[1] - span[0])) / 3.6e12,
            BehaviourDevices = new Dictionary<string, int>(state.State.BehaviourDevices, StringComparer.Ordinal),
        };
    }
}
