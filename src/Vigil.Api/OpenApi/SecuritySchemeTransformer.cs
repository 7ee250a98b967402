using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Vigil.Api.Security;

namespace Vigil.Api.OpenApi;

/// <summary>
/// Declares how callers authenticate — an API key in the <c>X-Api-Key</c> header, or the web UI's session
/// cookie — and requires one of them for every operation, so generated clients send the key.
/// </summary>
public sealed class SecuritySchemeTransformer : IOpenApiDocumentTransformer
{
    public const string ApiKeyScheme = "apiKey";
    public const string SessionScheme = "session";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthenticationHandler.HeaderName,
            Description = "An API key (read or admin scope); 'Authorization: Bearer <key>' is accepted too.",
        };
        document.Components.SecuritySchemes[SessionScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = ApiKeyAuthenticationHandler.CookieName,
            Description = "The web UI's session cookie, set by POST /api/session.",
        };
        // Two requirements: either scheme alone is enough.
        foreach (var operation in (document.Paths ?? []).Values.SelectMany(p => p.Operations ?? []).Select(o => o.Value))
        {
            operation.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SessionScheme, document)] = [] },
            ];
        }
        return Task.CompletedTask;
    }
}
