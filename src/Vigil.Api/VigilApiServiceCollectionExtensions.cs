using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vigil.Api.OpenApi;
using Vigil.Api.Security;

namespace Vigil.Api;

/// <summary>Registers what <see cref="VigilApiEndpointRouteBuilderExtensions.MapVigilApi"/> needs.</summary>
public static class VigilApiServiceCollectionExtensions
{
    /// <summary>
    /// API-key authentication (keys from the <c>Vigil:Api:Keys</c> configuration section, validated at
    /// start), the read and admin policies, problem details and the OpenAPI document (with its security schemes).
    /// </summary>
    public static IServiceCollection AddVigilApi(this IServiceCollection services)
    {
        services.AddOptions<ApiKeyOptions>()
            .BindConfiguration(ApiKeyOptions.SectionName)
            .Validate(o => !o.Validate().Any(), "Invalid Vigil:Api configuration.")
            .ValidateOnStart();
        services.TryAddSingleton<ApiKeyStore>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(VigilPolicies.Read, p => p.RequireClaim(ApiKeyScopes.ClaimType, ApiKeyScopes.Read))
            .AddPolicy(VigilPolicies.Admin, p => p.RequireClaim(ApiKeyScopes.ClaimType, ApiKeyScopes.Admin));
        services.AddProblemDetails();
        services.AddOpenApi(VigilApiEndpointRouteBuilderExtensions.OpenApiDocument, o => o.AddDocumentTransformer<SecuritySchemeTransformer>());
        return services;
    }
}
