using Orleans.Runtime;
using Vigil.Contracts.Subnets;

namespace Vigil.Grains.Estate;

/// <summary>
/// The estate's shared facts: how many devices contacted each external endpoint (rarity) and which
/// subnets serve ICS protocols (zone inference). Read at the start of a step, changed in its last
/// phase from the device summaries in device order, so results do not depend on grain timing.
/// </summary>
public sealed class EstateGrain(
    [PersistentState("estate", StorageNames.Models)] IPersistentState<EstateState> state) : Grain, IEstateGrain
{
    private const int CheckpointEverySteps = 64;
    private int _stepsSinceCheckpoint;

    public Task<EstateFacts> GetFactsAsync(IReadOnlyList<string> externalEndpoints)
    {
        var estate = state.State;
        var reach = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var endpoint in externalEndpoints)
        {
            reach[endpoint] = estate.ExternalReach.GetValueOrDefault(endpoint);
        }
        return Task.FromResult(new EstateFacts
        {
            ExternalReach = reach,
            EstablishedDevices = estate.Established.Count,
            IcsSubnets = estate.IcsSubnets.ToDictionary(s => s.Key, s => (IReadOnlyList<string>)s.Value.ToArray(), StringComparer.Ordinal),
        });
    }

    public async Task ObserveAsync(IReadOnlyList<DeviceActivitySummary> summaries)
    {
        var estate = state.State;
        foreach (var summary in summaries)
        {
            foreach (var endpoint in summary.NewExternalPeers)
            {
                if (estate.ExternalReach.TryGetValue(endpoint, out var count))
                {
                    estate.ExternalReach[endpoint] = count + 1;
                }
                else if (estate.ExternalReach.Count < EstateState.MaxExternalEndpoints)
                {
                    estate.ExternalReach[endpoint] = 1;
                }
                else
                {
                    estate.UntrackedEndpoints++;
                }
            }
            if (!summary.Established)
            {
                continue;
            }
            if (estate.Established.Count < EstateState.MaxEstablished)
            {
                estate.Established.Add(summary.Device);
            }
            // Only established devices infer zones: a newcomer serving Modbus must not turn its subnet into ICS.
            if (summary.NewIcsServicesOffered.Count > 0 && (estate.IcsSubnets.ContainsKey(summary.Subnet) || estate.IcsSubnets.Count < EstateState.MaxIcsSubnets))
            {
                if (!estate.IcsSubnets.TryGetValue(summary.Subnet, out var services))
                {
                    estate.IcsSubnets[summary.Subnet] = services = new SortedSet<string>(StringComparer.Ordinal);
                }
                services.UnionWith(summary.NewIcsServicesOffered);
            }
        }
        if (++_stepsSinceCheckpoint >= CheckpointEverySteps && await StepCheckpoint.TryWriteAsync(state))
        {
            _stepsSinceCheckpoint = 0;
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_stepsSinceCheckpoint > 0)
        {
            await state.WriteStateAsync();
        }
    }
}
