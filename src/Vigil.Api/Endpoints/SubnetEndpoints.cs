using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vigil.Api.Models;
using Vigil.Api.Security;
using Vigil.Contracts.Directory;
using Vigil.Contracts.Subnets;

namespace Vigil.Api.Endpoints;

/// <summary><c>/api/subnets</c> and <c>/api/network</c>: subnets with their grains' counters, and the observed cross-subnet conduits.</summary>
public static class SubnetEndpoints
{
    /// <summary>The map is drawn in a browser: beyond this many conduits only the busiest are returned.</summary>
    public const int MaxConduits = 1000;

    public static RouteGroupBuilder MapSubnetEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Network").RequireAuthorization(VigilPolicies.Read);
        group.MapGet("/subnets", ListSubnetsAsync).WithName("ListSubnets")
            .WithSummary("Every subnet with its members, connection attempts and failed attempts.");
        group.MapGet("/network", GetNetworkAsync).WithName("GetNetworkMap")
            .WithSummary("Subnets and the conduits between them (who talks to whom across subnets, on which service).");
        return group;
    }

    public static async Task<Ok<IReadOnlyList<SubnetInfo>>> ListSubnetsAsync(IGrainFactory grains) =>
        TypedResults.Ok(await SubnetsAsync(grains));

    public static async Task<Ok<NetworkMap>> GetNetworkAsync(IGrainFactory grains)
    {
        var subnets = SubnetsAsync(grains);
        var conduits = grains.GetDeviceDirectory().ListConduitsAsync();
        return TypedResults.Ok(new NetworkMap(await subnets, (await conduits).Take(MaxConduits).Select(Mapping.ToConduit).ToArray()));
    }

    private static async Task<IReadOnlyList<SubnetInfo>> SubnetsAsync(IGrainFactory grains)
    {
        var entries = await grains.GetDeviceDirectory().ListSubnetsAsync();
        var snapshots = await Task.WhenAll(entries.Select(e => grains.GetGrain<ISubnetGrain>(e.Subnet).GetSnapshotAsync()));
        return entries.Zip(snapshots, (entry, snapshot) => new SubnetInfo
        {
            Subnet = entry.Subnet,
            Devices = entry.Devices,
            EstablishedDevices = snapshot.Profile.EstablishedDevices,
            FirstSeen = Mapping.Time(entry.FirstSeenNs),
            LastSeen = Mapping.Time(entry.LastSeenNs),
            Attempts = snapshot.Attempts,
            FailedAttempts = snapshot.FailedAttempts,
            MeanDailyPeers = snapshot.Profile.MeanDailyPeers,
        }).ToArray();
    }
}
