using Vigil.Contracts.Alerts;

namespace Vigil.Contracts.Subnets;

/// <summary>
/// One subnet (keyed by its CIDR, e.g. "10.20.0.0/24"): correlates what its devices do, and keeps the
/// profile that tells a device grain what is normal for devices of the subnet.
/// </summary>
public interface ISubnetGrain : IGrainWithStringKey
{
    /// <summary>The profile as of the end of the last completed step.</summary>
    Task<SubnetProfile> GetProfileAsync();

    /// <summary>Folds in one step of device summaries; returns subnet-level alerts.</summary>
    Task<IReadOnlyList<Alert>> ObserveAsync(SubnetStep step);

    Task<SubnetSnapshot> GetSnapshotAsync();
}
