using System.Buffers;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Vigil.Api.Models;
using Vigil.Api.Queries;
using Vigil.Api.Security;
using Vigil.Contracts.Alerts;
using Vigil.Contracts.Directory;

namespace Vigil.Api.Endpoints;

/// <summary><c>/api/alerts</c>: the alert log, one alert, acknowledgement (admin) and a live stream of new alerts.</summary>
public static class AlertEndpoints
{
    /// <summary>How often the live stream looks for new alerts; alerts arrive per step, seconds apart.</summary>
    public static readonly TimeSpan StreamPollInterval = TimeSpan.FromMilliseconds(500);
    private const int StreamBatch = 100;

    public static RouteGroupBuilder MapAlertEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/alerts").WithTags("Alerts").RequireAuthorization(VigilPolicies.Read);
        group.MapGet("/", ListAlertsAsync).WithName("ListAlerts")
            .WithSummary("Alerts newest first, filtered by model, device and capture time; paged.");
        group.MapGet("/stream", StreamAsync).WithName("StreamAlerts")
            .WithSummary("Server-sent events: one 'alert' event per new alert. Resume with Last-Event-ID or ?after=ID.")
            .Produces<AlertEntry>(StatusCodes.Status200OK, "text/event-stream").ProducesValidationProblem();
        group.MapGet("/{id:long}", GetAlertAsync).WithName("GetAlert").WithSummary("One alert with its evidence.");
        group.MapPost("/{id:long}/ack", AcknowledgeAsync).WithName("AcknowledgeAlert")
            .WithSummary("Acknowledges an alert with an optional comment (admin scope).")
            .RequireAuthorization(VigilPolicies.Admin);
        return group;
    }

    public static async Task<Results<Ok<PageOf<AlertEntry>>, ValidationProblem>> ListAlertsAsync(
        IGrainFactory grains, string? model, string? device, string? since, string? offset, string? limit)
    {
        var read = new QueryReader();
        var query = new AlertQuery
        {
            Model = read.OneOf(nameof(model), model, ModelNames.All),
            Device = read.Ip(nameof(device), device),
            SinceNs = read.Time(nameof(since), since),
            Offset = read.Int(nameof(offset), offset, 0, 0, QueryReader.MaxOffset),
            Limit = read.Int(nameof(limit), limit, DeviceEndpoints.DefaultPageSize, 1, DeviceEndpoints.MaxPageSize),
        };
        if (!read.IsValid)
        {
            return read.Problem();
        }
        var page = await grains.GetAlertLog().QueryAsync(query);
        return TypedResults.Ok(new PageOf<AlertEntry>(page.Total, query.Offset, query.Limit, page.Items.Select(Mapping.ToEntry).ToArray()));
    }

    public static async Task<Results<Ok<AlertEntry>, ProblemHttpResult>> GetAlertAsync(IGrainFactory grains, long id) =>
        await grains.GetAlertLog().GetAsync(id) is { } record ? TypedResults.Ok(Mapping.ToEntry(record)) : NotFound(id);

    public static async Task<Results<Ok<AlertEntry>, ValidationProblem, ProblemHttpResult>> AcknowledgeAsync(
        IGrainFactory grains, TimeProvider clock, ClaimsPrincipal user, long id, AcknowledgeRequest? request)
    {
        var read = new QueryReader();
        var comment = read.Text("comment", request?.Comment, AcknowledgeRequest.MaxCommentLength);
        if (!read.IsValid)
        {
            return read.Problem();
        }
        var acknowledgement = new AlertAcknowledgement
        {
            By = user.Identity?.Name ?? "unknown",
            AtUnixMs = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            Comment = comment,
        };
        return await grains.GetAlertLog().AcknowledgeAsync(id, acknowledgement) is { } record
            ? TypedResults.Ok(Mapping.ToEntry(record))
            : NotFound(id);
    }

    /// <summary>
    /// Writes the stream itself rather than through a result type: the headers and an opening comment
    /// go out at once, so a client knows it is connected before the first alert, which may be hours away.
    /// </summary>
    public static async Task<IResult> StreamAsync(
        IGrainFactory grains, HttpContext context, IHostApplicationLifetime lifetime, IOptions<JsonOptions> json, string? after)
    {
        var read = new QueryReader();
        var lastEventId = context.Request.Headers["Last-Event-ID"].ToString();
        var afterId = read.Long(nameof(after), string.IsNullOrEmpty(after) ? NullIfEmpty(lastEventId) : after, 0);
        if (!read.IsValid)
        {
            return read.Problem();
        }
        var log = grains.GetAlertLog();
        // Fix the starting point before the client learns it is connected: an alert appended after
        // that moment must be delivered.
        var from = afterId ?? (await log.QueryAsync(new AlertQuery { Limit = 0 })).LastId;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.WriteAsync(": vigil alert stream\n\n", stop.Token);
        await context.Response.Body.FlushAsync(stop.Token);
        var options = json.Value.SerializerOptions;
        try
        {
            await SseFormatter.WriteAsync(FollowAsync(log, from, stop.Token), context.Response.Body,
                (item, buffer) => WriteData(item.Data, buffer, options), stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The client went away or the host is stopping: the stream simply ends.
        }
        return Results.Empty;
    }

    /// <summary>Alerts with ids above <paramref name="afterId"/>, as they are appended.</summary>
    private static async IAsyncEnumerable<SseItem<AlertEntry>> FollowAsync(IAlertLogGrain log, long afterId, [EnumeratorCancellation] CancellationToken cancellation)
    {
        var last = afterId;
        while (!cancellation.IsCancellationRequested)
        {
            var page = await log.QueryAsync(new AlertQuery { AfterId = last, NewestFirst = false, Limit = StreamBatch });
            foreach (var record in page.Items)
            {
                last = record.Id;
                yield return new SseItem<AlertEntry>(Mapping.ToEntry(record), "alert") { EventId = record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            }
            if (page.Items.Count < StreamBatch)
            {
                try
                {
                    await Task.Delay(StreamPollInterval, cancellation);
                }
                catch (OperationCanceledException)
                {
                    yield break;
                }
            }
        }
    }

    private static void WriteData(AlertEntry alert, IBufferWriter<byte> buffer, JsonSerializerOptions options)
    {
        using var writer = new Utf8JsonWriter(buffer);
        JsonSerializer.Serialize(writer, alert, options);
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown alert", detail: $"No alert {id} is in the log (it may have been evicted).");
}
