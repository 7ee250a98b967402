namespace Vigil.Api.Security;

/// <summary>Authorization policy names: every endpoint but health requires one of them.</summary>
public static class VigilPolicies
{
    /// <summary>Any valid key (read or admin).</summary>
    public const string Read = "vigil.read";
    /// <summary>A key with the admin scope.</summary>
    public const string Admin = "vigil.admin";
}
