namespace Vigil.Api.Security;

/// <summary>What a key may do: read everything, or also change things (acknowledge alerts).</summary>
public static class ApiKeyScopes
{
    public const string Read = "read";
    public const string Admin = "admin";

    /// <summary>The claim type that carries a caller's scopes.</summary>
    public const string ClaimType = "vigil:scope";

    public static bool IsKnown(string scope) => scope is Read or Admin;
}
