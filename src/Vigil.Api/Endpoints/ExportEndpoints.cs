using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vigil.Api.Models;
using Vigil.Api.Queries;
using Vigil.Api.Security;
using Vigil.Contracts.Devices;
using Vigil.Contracts.Directory;
using Vigil.Export.Inventory;

namespace Vigil.Api.Endpoints;

/// <summary>
/// Exports for other tools: the asset inventory (CSV or JSON, with identity, role and zone) and the
/// zone/conduit report that maps observed cross-zone traffic to IEC 62443-3-3 requirements (JSON or CSV).
/// An inventory export is a page too (at most <see cref="MaxInventory"/> devices; the total is in
/// <c>X-Total-Count</c>), so it cannot be made to walk an estate of any size in one request.
/// </summary>
public static class ExportEndpoints
{
    public const int MaxInventory = 10_000;
    private const int DirectoryPage = 500;

    public static RouteGroupBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Export").RequireAuthorization(VigilPolicies.Read);
        group.MapGet("/export/inventory.csv", InventoryCsvAsync).WithName("ExportInventoryCsv")
            .WithSummary("The asset inventory as CSV (filters as /api/devices; limit ≤ 10000; X-Total-Count tells the total).")
            .Produces<string>(StatusCodes.Status200OK, "text/csv").ProducesValidationProblem();
        group.MapGet("/export/inventory.json", InventoryJsonAsync).WithName("ExportInventoryJson")
            .WithSummary("The asset inventory as a JSON array of device details (filters as /api/devices; limit ≤ 10000).");
        group.MapGet("/conduits", ConduitsAsync).WithName("ListZoneConduits")
            .WithSummary("Observed cross-zone conduits (zone → zone: services, devices, first/last seen, baseline or new) with the IEC 62443-3-3 requirements that govern each.");
        group.MapGet("/export/conduits.csv", ConduitsCsvAsync).WithName("ExportConduitsCsv")
            .WithSummary("The zone/conduit report as CSV.").Produces<string>(StatusCodes.Status200OK, "text/csv");
        return group;
    }

    public static async Task<IResult> InventoryCsvAsync(IGrainFactory grains, HttpContext context,
        string? zone, string? role, string? subnet, string? vlan, string? service, string? q, string? since, string? offset, string? limit)
    {
        var read = new QueryReader();
        var query = DeviceEndpoints.ReadListQuery(read, zone, role, subnet, vlan, service, q, since, offset, limit, MaxInventory, MaxInventory);
        if (!read.IsValid)
        {
            return read.Problem();
        }
        var (total, devices) = await InventoryAsync(grains, query);
        context.Response.Headers["X-Total-Count"] = total.ToString(CultureInfo.InvariantCulture);
        var text = new StringWriter(CultureInfo.InvariantCulture);
        InventoryCsv.Write(text, devices);
        return TypedResults.Text(text.ToString(), "text/csv; charset=utf-8", Encoding.UTF8);
    }

    public static async Task<Results<Ok<IReadOnlyList<DeviceDetail>>, ValidationProblem>> InventoryJsonAsync(IGrainFactory grains, HttpContext context,
        string? zone, string? role, string? subnet, string? vlan, string? service, string? q, string? since, string? offset, string? limit)
    {
        var read = new QueryReader();
        var query = DeviceEndpoints.ReadListQuery(read, zone, role, subnet, vlan, service, q, since, offset, limit, MaxInventory, MaxInventory);
        if (!read.IsValid)
        {
            return read.Problem();
        }
        var (total, devices) = await InventoryAsync(grains, query);
        context.Response.Headers["X-Total-Count"] = total.ToString(CultureInfo.InvariantCulture);
        IReadOnlyList<DeviceDetail> details = [.. devices.Select(d => Mapping.ToDetail(d))];
        return TypedResults.Ok(details);
    }

    public static async Task<Ok<IReadOnlyList<ZoneConduit>>> ConduitsAsync(IGrainFactory grains) =>
        TypedResults.Ok(ConduitReport.Build(await grains.GetDeviceDirectory().ListConduitsAsync()));

    public static async Task<IResult> ConduitsCsvAsync(IGrainFactory grains)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        ConduitReport.WriteCsv(text, ConduitReport.Build(await grains.GetDeviceDirectory().ListConduitsAsync()));
        return TypedResults.Text(text.ToString(), "text/csv; charset=utf-8", Encoding.UTF8);
    }

    /// <summary>The devices of the page, in address order, each snapshot with the directory's zone.</summary>
    private static async Task<(int Total, List<DeviceSnapshot> Devices)> InventoryAsync(IGrainFactory grains, DeviceListQuery query)
    {
        var directory = grains.GetDeviceDirectory();
        var devices = new List<DeviceSnapshot>();
        var total = 0;
        for (var taken = 0; taken < query.Limit;)
        {
            var size = Math.Min(DirectoryPage, query.Limit - taken);
            var page = await directory.ListDevicesAsync(query with { Offset = query.Offset + taken, Limit = size });
            total = page.Total;
            var snapshots = await Task.WhenAll(page.Items.Select(e => grains.GetGrain<IDeviceGrain>(e.Ip).GetSnapshotAsync()));
            devices.AddRange(page.Items.Zip(snapshots, (entry, snapshot) => Mapping.WithZone(snapshot, entry)));
            taken += page.Items.Count;
            if (page.Items.Count < size)
            {
                break;
            }
        }
        return (total, devices);
    }
}
