using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Orleans.Dashboard;
using Vigil.Api.Endpoints;
using Vigil.Api.Security;

namespace Vigil.Api;

/// <summary>Maps Vigil's HTTP surface into a host that runs (or is a client of) a Vigil cluster.</summary>
public static class VigilApiEndpointRouteBuilderExtensions
{
    public const string OpenApiDocument = "v1";

    /// <summary>
    /// The query API (<c>/api/…</c>), its OpenAPI document (<c>/openapi/v1.json</c>), the web UI
    /// (<c>/ui/</c>) and <c>/healthz</c> (the Orleans dashboard is <see cref="MapVigilDashboard"/>). Everything but <c>/healthz</c> needs an API key. Call
    /// <see cref="VigilApiServiceCollectionExtensions.AddVigilApi"/> first.
    /// </summary>
    public static IEndpointRouteBuilder MapVigilApi(this IEndpointRouteBuilder app)
    {
        app.MapHealthEndpoints();
        app.MapSessionEndpoints();
        app.MapDeviceEndpoints();
        app.MapSubnetEndpoints();
        app.MapAlertEndpoints();
        app.MapIncidentEndpoints();
        app.MapExportEndpoints();
        app.MapOpenApi($"/openapi/{{documentName}}.json").RequireAuthorization(VigilPolicies.Read);
        app.MapUiEndpoints();
        return app;
    }

    /// <summary>
    /// The Orleans dashboard at <c>/dashboard</c>, behind the same keys (a read key, or the UI's session
    /// cookie). Only for hosts whose silo was built with <c>AddDashboard()</c>.
    /// </summary>
    public static IEndpointConventionBuilder MapVigilDashboard(this IEndpointRouteBuilder app) =>
        app.MapOrleansDashboard(routePrefix: "/dashboard").RequireAuthorization(VigilPolicies.Read);
}
