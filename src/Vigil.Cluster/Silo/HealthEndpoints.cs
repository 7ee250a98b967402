using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Orleans.Runtime;

namespace Vigil.Cluster.Silo;

/// <summary>Liveness for supervisors and load balancers: 200 while this silo is an active cluster member, 503 otherwise.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapVigilHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", (ISiloStatusOracle oracle) =>
        {
            var status = oracle.CurrentStatus;
            var body = new { status = status.ToString(), silo = oracle.SiloAddress.ToString(), siloName = oracle.SiloName };
            return status == SiloStatus.Active ? Results.Ok(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
        })
        // The query API maps a plain /healthz too; this one knows the silo's membership, so it wins the route.
        .WithName("SiloHealth").WithOrder(-1).AllowAnonymous();
        return endpoints;
    }
}
