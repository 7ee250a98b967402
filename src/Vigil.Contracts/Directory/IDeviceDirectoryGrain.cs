using Orleans.Concurrency;

namespace Vigil.Contracts.Directory;

/// <summary>
/// The estate's index of known devices, subnets and cross-subnet conduits: what the query API lists
/// and filters without waking every device grain. The ingest registers what each step saw (one call
/// per step, see <see cref="DirectoryUpdate"/>). One grain per estate (<see cref="DirectoryGrains.EstateKey"/>):
/// entries are small, and a single index keeps paging stable; shard by subnet if an estate outgrows it.
/// Reads interleave with everything: registration never awaits, so the only turn they can overlap is a
/// checkpoint waiting for PostgreSQL — seconds for a directory of 100,000 devices, which queries must not wait out.
/// </summary>
public interface IDeviceDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Folds in the devices and conduits seen in one step of capture time.</summary>
    Task RegisterAsync(DirectoryUpdate update);

    /// <summary>One page of devices matching the query, ordered by address.</summary>
    [AlwaysInterleave]
    Task<DeviceListPage> ListDevicesAsync(DeviceListQuery query);

    /// <summary>The directory entry of one device, or null when the estate has never seen it.</summary>
    [AlwaysInterleave]
    Task<DeviceListEntry?> FindAsync(string ip);

    /// <summary>Every subnet with its member count, ordered by name.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<SubnetEntry>> ListSubnetsAsync();

    /// <summary>Observed traffic between subnets, busiest first.</summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<Conduit>> ListConduitsAsync();
}
