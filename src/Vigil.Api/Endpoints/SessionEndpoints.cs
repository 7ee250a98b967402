using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Vigil.Api.Models;
using Vigil.Api.Security;

namespace Vigil.Api.Endpoints;

/// <summary>
/// <c>/api/session</c>: the web UI's sign-in. The request is authenticated by its key like any other;
/// the answer stores that key in an HttpOnly, SameSite=Strict cookie so the browser can also open pages
/// (the Orleans dashboard) whose requests it cannot add headers to.
/// </summary>
public static class SessionEndpoints
{
    public static RouteGroupBuilder MapSessionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/session").WithTags("Session");
        group.MapGet("/", (ClaimsPrincipal user) => TypedResults.Ok(Describe(user))).WithName("GetSession")
            .WithSummary("Who the key belongs to and its scope.").RequireAuthorization(VigilPolicies.Read);
        group.MapPost("/", SignIn).WithName("SignIn")
            .WithSummary("Stores the presented key in a session cookie for the web UI.").RequireAuthorization(VigilPolicies.Read);
        group.MapDelete("/", SignOut).WithName("SignOut").WithSummary("Removes the session cookie.").AllowAnonymous();
        return group;
    }

    public static Ok<SessionInfo> SignIn(HttpContext context, ClaimsPrincipal user)
    {
        var key = ApiKeyAuthenticationHandler.Presented(context.Request)!;
        context.Response.Cookies.Append(ApiKeyAuthenticationHandler.CookieName, key, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
            MaxAge = TimeSpan.FromHours(12),
        });
        return TypedResults.Ok(Describe(user));
    }

    public static NoContent SignOut(HttpContext context)
    {
        context.Response.Cookies.Delete(ApiKeyAuthenticationHandler.CookieName, new CookieOptions { Path = "/" });
        return TypedResults.NoContent();
    }

    private static SessionInfo Describe(ClaimsPrincipal user) =>
        new(user.Identity?.Name ?? "", user.HasClaim(ApiKeyScopes.ClaimType, ApiKeyScopes.Admin) ? ApiKeyScopes.Admin : ApiKeyScopes.Read);
}
