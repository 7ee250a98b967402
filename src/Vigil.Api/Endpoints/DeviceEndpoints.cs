using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vigil.Api.Models;
using Vigil.Api.Queries;
using Vigil.Api.Security;
using Vigil.Contracts.Alerts;
using Vigil.Contracts.Devices;
using Vigil.Contracts.Directory;

namespace Vigil.Api.Endpoints;

/// <summary>
/// <c>/api/devices</c>: the inventory and one device's detail, event log and alerts. A device is looked
/// up in the directory first, so a request for an unknown address answers 404 instead of waking a grain.
/// </summary>
public static class DeviceEndpoints
{
    public const int MaxPageSize = 500;
    public const int DefaultPageSize = 100;
    /// <summary>A device grain keeps this many recent connections (Vigil.Detection's ConnectionLog).</summary>
    public const int MaxConnections = 256;
    /// <summary>The risk ranking reads at most this many of the newest alert records: bounded work per list request.</summary>
    public const int RiskWindow = 1000;

    public static RouteGroupBuilder MapDeviceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/devices").WithTags("Devices").RequireAuthorization(VigilPolicies.Read);
        group.MapGet("/", ListDevicesAsync).WithName("ListDevices")
            .WithSummary("Devices by risk (default) or address, filtered by zone, role, subnet, VLAN, service, text and last-seen time; paged.")
            .WithDescription("sort=risk (default): devices with breaches first — highest breach score, then most breaches, then the latest breach — over the "
                + "alert log's most recent " + RiskWindow + " records (updates folded into their breach); devices without breaches follow in address order. sort=address: address order.");
        group.MapGet("/{ip}", GetDeviceAsync).WithName("GetDevice")
            .WithSummary("One device: identity (names, vendor, product), role and zone with their evidence, services offered and used, volumes, alert count.");
        group.MapGet("/{ip}/connections", GetConnectionsAsync).WithName("GetDeviceConnections")
            .WithSummary("The device's event log (recent connections, newest first), filtered by port, peer and time.");
        group.MapGet("/{ip}/alerts", GetDeviceAlertsAsync).WithName("GetDeviceAlerts")
            .WithSummary("The device's alerts, newest first; paged.");
        return group;
    }

    public static async Task<Results<Ok<PageOf<DeviceSummary>>, ValidationProblem>> ListDevicesAsync(
        IGrainFactory grains, string? zone, string? role, string? subnet, string? vlan, string? service, string? q, string? since, string? sort, string? offset, string? limit)
    {
        var read = new QueryReader();
        var query = ReadListQuery(read, zone, role, subnet, vlan, service, q, since, offset, limit, DefaultPageSize, MaxPageSize);
        var byRisk = (read.OneOf(nameof(sort), sort, ["risk", "address"]) ?? "risk") == "risk";
        if (!read.IsValid)
        {
            return read.Problem();
        }
        if (byRisk)
        {
            query = query with { First = await RankByRiskAsync(grains) };
        }
        var page = await grains.GetDeviceDirectory().ListDevicesAsync(query);
        var snapshots = await Task.WhenAll(page.Items.Select(d => grains.GetGrain<IDeviceGrain>(d.Ip).GetSnapshotAsync()));
        var items = page.Items.Zip(snapshots, Mapping.ToSummary).ToArray();
        return TypedResults.Ok(new PageOf<DeviceSummary>(page.Total, query.Offset, query.Limit, items));
    }

    public static async Task<Results<Ok<DeviceDetail>, ValidationProblem, ProblemHttpResult>> GetDeviceAsync(IGrainFactory grains, string ip)
    {
        var read = new QueryReader();
        var address = read.Ip(nameof(ip), ip, required: true);
        if (!read.IsValid)
        {
            return read.Problem();
        }
        if (await grains.GetDeviceDirectory().FindAsync(address!) is not { } entry)
        {
            return NotFound(address!);
        }
        return TypedResults.Ok(Mapping.ToDetail(await grains.GetGrain<IDeviceGrain>(address!).GetSnapshotAsync(), entry));
    }

    public static async Task<Results<Ok<PageOf<ConnectionEntry>>, ValidationProblem, ProblemHttpResult>> GetConnectionsAsync(
        IGrainFactory grains, string ip, string? port, string? peer, string? since, string? limit)
    {
        var read = new QueryReader();
        var address = read.Ip(nameof(ip), ip, required: true);
        var portNumber = port is null ? (int?)null : read.Int(nameof(port), port, 0, 0, 65535);
        var peerAddress = read.Ip(nameof(peer), peer);
        var sinceNs = read.Time(nameof(since), since);
        var max = read.Int(nameof(limit), limit, MaxConnections, 1, MaxConnections);
        if (!read.IsValid)
        {
            return read.Problem();
        }
        if (await grains.GetDeviceDirectory().FindAsync(address!) is null)
        {
            return NotFound(address!);
        }
        var recent = await grains.GetGrain<IDeviceGrain>(address!).GetRecentConnectionsAsync(MaxConnections);
        var matches = recent.Reverse()
            .Where(c => portNumber is null || c.PeerPort == portNumber || c.LocalPort == portNumber)
            .Where(c => peerAddress is null || c.Peer == peerAddress)
            .Where(c => sinceNs is null || c.EndNs >= sinceNs)
            .ToList();
        var items = matches.Take(max).Select(c => Mapping.ToConnection(c, address!)).ToArray();
        return TypedResults.Ok(new PageOf<ConnectionEntry>(matches.Count, 0, max, items));
    }

    public static async Task<Results<Ok<PageOf<AlertEntry>>, ValidationProblem, ProblemHttpResult>> GetDeviceAlertsAsync(
        IGrainFactory grains, string ip, string? offset, string? limit)
    {
        var read = new QueryReader();
        var address = read.Ip(nameof(ip), ip, required: true);
        var query = new AlertQuery
        {
            Device = address,
            Offset = read.Int(nameof(offset), offset, 0, 0, QueryReader.MaxOffset),
            Limit = read.Int(nameof(limit), limit, DefaultPageSize, 1, MaxPageSize),
        };
        if (!read.IsValid)
        {
            return read.Problem();
        }
        if (await grains.GetDeviceDirectory().FindAsync(address!) is null)
        {
            return NotFound(address!);
        }
        var page = await grains.GetAlertLog().QueryAsync(query);
        return TypedResults.Ok(new PageOf<AlertEntry>(page.Total, query.Offset, query.Limit, page.Items.Select(Mapping.ToEntry).ToArray()));
    }

    /// <summary>
    /// Devices with breaches, riskiest first: highest score, then most breaches, then latest breach, then address.
    /// An update (<see cref="Alert.IsUpdate"/>) names its breach by device, model and time, so it is folded in.
    /// </summary>
    private static async Task<IReadOnlyList<string>> RankByRiskAsync(IGrainFactory grains)
    {
        var recent = await grains.GetAlertLog().QueryAsync(new AlertQuery { Limit = RiskWindow });
        return [.. recent.Items.Select(r => r.Alert)
            .GroupBy(a => (a.Device, a.Model, a.TimeNs))
            .Select(breach => (breach.Key.Device, Score: breach.Max(a => a.Score), breach.Key.TimeNs))
            .GroupBy(b => b.Device, StringComparer.Ordinal)
            .OrderByDescending(d => d.Max(b => b.Score)).ThenByDescending(d => d.Count()).ThenByDescending(d => d.Max(b => b.TimeNs)).ThenBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => d.Key)];
    }

    private static ProblemHttpResult NotFound(string ip) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown device", detail: $"No device {ip} has been seen on this estate.");

    /// <summary>The device-list filters as the list and the inventory export read them; problems are left in <paramref name="read"/>.</summary>
    internal static DeviceListQuery ReadListQuery(QueryReader read, string? zone, string? role, string? subnet, string? vlan, string? service,
        string? q, string? since, string? offset, string? limit, int defaultLimit, int maxLimit) => new()
    {
        Zone = read.Name(nameof(zone), zone),
        Role = read.Name(nameof(role), role),
        Subnet = read.Subnet(nameof(subnet), subnet),
        Vlan = vlan is null ? null : read.Int(nameof(vlan), vlan, 0, 0, 4095),
        Service = read.Service(nameof(service), service),
        Text = read.Text(nameof(q), q, 64),
        SeenSinceNs = read.Time(nameof(since), since),
        Offset = read.Int(nameof(offset), offset, 0, 0, QueryReader.MaxOffset),
        Limit = read.Int(nameof(limit), limit, defaultLimit, 1, maxLimit),
    };
}
