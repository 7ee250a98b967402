using System.Net;
using System.Security.Claims;
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
/// <c>/api/incidents</c>: the correlated stories (most significant first, or most recent), one incident
/// with its timeline and the devices involved, and acknowledgement and comments (admin scope).
/// </summary>
public static class IncidentEndpoints
{
    /// <summary>An incident page shows the identity of at most this many devices (the story names the rest).</summary>
    public const int MaxDevicesShown = 50;

    public static RouteGroupBuilder MapIncidentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/incidents").WithTags("Incidents").RequireAuthorization(VigilPolicies.Read);
        group.MapGet("/", ListIncidentsAsync).WithName("ListIncidents")
            .WithSummary("Incidents, most significant first (order=recent: latest activity first), filtered by type, device (as actor or as a target), time, score and acknowledgement; paged.");
        group.MapGet("/{id}", GetIncidentAsync).WithName("GetIncident")
            .WithSummary("One incident: title, summary, timeline of its alerts, the devices involved with their identity, comments.");
        group.MapPost("/{id}/ack", AcknowledgeAsync).WithName("AcknowledgeIncident")
            .WithSummary("Acknowledges an incident with an optional comment (admin scope).").RequireAuthorization(VigilPolicies.Admin);
        group.MapPost("/{id}/comments", CommentAsync).WithName("CommentIncident")
            .WithSummary("Adds a comment to an incident (admin scope).").RequireAuthorization(VigilPolicies.Admin);
        return group;
    }

    public static async Task<Results<Ok<PageOf<IncidentSummary>>, ValidationProblem>> ListIncidentsAsync(
        IGrainFactory grains, string? type, string? device, string? since, string? min_score, string? acknowledged, string? order, string? offset, string? limit)
    {
        var read = new QueryReader();
        var query = new IncidentQuery
        {
            Type = read.OneOf(nameof(type), type, IncidentTypes.All),
            Device = read.Ip(nameof(device), device),
            SinceNs = read.Time(nameof(since), since),
            MinScore = read.Double(nameof(min_score), min_score, 0, 1),
            Acknowledged = read.Bool(nameof(acknowledged), acknowledged),
            Recent = read.OneOf(nameof(order), order, ["score", "recent"]) == "recent",
            Offset = read.Int(nameof(offset), offset, 0, 0, QueryReader.MaxOffset),
            Limit = read.Int(nameof(limit), limit, DeviceEndpoints.DefaultPageSize, 1, DeviceEndpoints.MaxPageSize),
        };
        if (!read.IsValid)
        {
            return read.Problem();
        }
        var page = await grains.GetIncidentLog().QueryAsync(query);
        return TypedResults.Ok(new PageOf<IncidentSummary>(page.Total, query.Offset, query.Limit, page.Items.Select(Mapping.ToSummary).ToArray()));
    }

    public static async Task<Results<Ok<IncidentDetail>, ValidationProblem, ProblemHttpResult>> GetIncidentAsync(IGrainFactory grains, string id)
    {
        var read = new QueryReader();
        var incidentId = read.IncidentId(nameof(id), id);
        if (!read.IsValid)
        {
            return read.Problem();
        }
        if (await grains.GetIncidentLog().GetAsync(incidentId!) is not { } record)
        {
            return NotFound(incidentId!);
        }
        var addresses = record.Incident.Devices.Concat(record.Incident.Timeline.SelectMany(a => a.Peers))
            .Where(a => IPAddress.TryParse(a, out _)).Distinct(StringComparer.Ordinal).Take(MaxDevicesShown).ToArray();
        var directory = grains.GetDeviceDirectory();
        var entries = await Task.WhenAll(addresses.Select(directory.FindAsync));
        var devices = await Task.WhenAll(addresses.Zip(entries).Select(async pair => pair.Second is null
            ? new IncidentDevice { Ip = pair.First }
            : Describe(pair.Second, await grains.GetGrain<IDeviceGrain>(pair.First).GetSnapshotAsync())));
        return TypedResults.Ok(new IncidentDetail
        {
            Incident = Mapping.ToSummary(record),
            // The correlator keeps the order alerts were raised in; a reader wants capture time.
            Timeline = [.. record.Incident.Timeline.OrderBy(a => a.TimeNs).Select(Mapping.ToTimeline)],
            Devices = devices,
            Comments = [.. record.Comments.Select(Mapping.ToEntry)],
            Merged = record.Merged,
        });
    }

    public static async Task<Results<Ok<IncidentSummary>, ValidationProblem, ProblemHttpResult>> AcknowledgeAsync(
        IGrainFactory grains, TimeProvider clock, ClaimsPrincipal user, string id, AcknowledgeRequest? request)
    {
        var read = new QueryReader();
        var incidentId = read.IncidentId(nameof(id), id);
        var comment = read.Text("comment", request?.Comment, AcknowledgeRequest.MaxCommentLength);
        if (!read.IsValid)
        {
            return read.Problem();
        }
        var acknowledgement = new AlertAcknowledgement { By = user.Identity?.Name ?? "unknown", AtUnixMs = clock.GetUtcNow().ToUnixTimeMilliseconds(), Comment = comment };
        return await grains.GetIncidentLog().AcknowledgeAsync(incidentId!, acknowledgement) is { } record
            ? TypedResults.Ok(Mapping.ToSummary(record))
            : NotFound(incidentId!);
    }

    public static async Task<Results<Ok<IncidentSummary>, ValidationProblem, ProblemHttpResult>> CommentAsync(
        IGrainFactory grains, TimeProvider clock, ClaimsPrincipal user, string id, CommentRequest? request)
    {
        var read = new QueryReader();
        var incidentId = read.IncidentId(nameof(id), id);
        var text = read.Text("text", request?.Text, CommentRequest.MaxLength);
        if (string.IsNullOrWhiteSpace(text) && read.IsValid)
        {
            read.Require("text", "A comment needs some text.");
        }
        if (!read.IsValid)
        {
            return read.Problem();
        }
        var comment = new IncidentComment { By = user.Identity?.Name ?? "unknown", AtUnixMs = clock.GetUtcNow().ToUnixTimeMilliseconds(), Text = text!.Trim() };
        return await grains.GetIncidentLog().CommentAsync(incidentId!, comment) is { } record
            ? TypedResults.Ok(Mapping.ToSummary(record))
            : NotFound(incidentId!);
    }

    private static IncidentDevice Describe(DeviceListEntry entry, DeviceSnapshot snapshot) => new()
    {
        Ip = entry.Ip,
        Known = true,
        Names = snapshot.Names,
        Vendor = snapshot.Vendor,
        Product = snapshot.Product,
        Role = snapshot.Role ?? entry.Role,
        Zone = entry.Zone ?? snapshot.Zone,
        Subnet = entry.Subnet,
    };

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown incident", detail: $"No incident {id} is in the log (it may have been evicted).");
}
