using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Vigil.Api.Endpoints;

/// <summary><c>/healthz</c>: the one endpoint that needs no key, for load balancers and orchestrators.</summary>
public static class HealthEndpoints
{
    public static IEndpointConventionBuilder MapHealthEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" }))
            .WithName("Health").WithSummary("Liveness: 200 while the host runs.").WithTags("Health").AllowAnonymous();
}
