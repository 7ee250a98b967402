using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Vigil.Api.Endpoints;

/// <summary>
/// The web UI: plain HTML, CSS and JavaScript embedded in this assembly and served as they are. Pages
/// need a signed-in session (else they redirect to the sign-in page); only the sign-in page and what it
/// loads are open. A strict content security policy allows nothing but this origin.
/// </summary>
public static class UiEndpoints
{
    private static readonly Assembly Assembly = typeof(UiEndpoints).Assembly;
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];
    private static readonly HashSet<string> Open = new(StringComparer.Ordinal) { "login.html", "login.js", "app.css" };

    public static IEndpointConventionBuilder MapUiEndpoints(this IEndpointRouteBuilder app)
    {
        // HEAD is answered like GET (Kestrel sends the headers and drops the body): monitors and link checkers use it.
        app.MapMethods("/", GetAndHead, () => TypedResults.Redirect("/ui/")).ExcludeFromDescription().AllowAnonymous();
        return app.MapMethods("/ui/{**path}", GetAndHead, Serve).ExcludeFromDescription().AllowAnonymous();
    }

    private static IResult Serve(HttpContext context, string? path)
    {
        var name = string.IsNullOrEmpty(path) ? "index.html" : path;
        if (name.Contains("..", StringComparison.Ordinal) || Assembly.GetManifestResourceStream("ui/" + name) is not { } stream)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"The UI has no '{name}'.");
        }
        if (!Open.Contains(name) && context.User.Identity?.IsAuthenticated != true)
        {
            stream.Dispose();
            var next = Uri.EscapeDataString(context.Request.Path + context.Request.QueryString);
            return TypedResults.Redirect($"/ui/login.html?next={next}");
        }
        var headers = context.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'";
        return TypedResults.Stream(stream, ContentType(name));
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
