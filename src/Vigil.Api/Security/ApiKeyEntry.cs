namespace Vigil.Api.Security;

/// <summary>
/// One configured API key. Only its salted SHA-256 is stored (<c>Hash = SHA-256(Salt ‖ UTF-8(key))</c>),
/// so a leaked configuration does not leak usable keys; <see cref="ApiKeyHasher.Create"/> makes entries.
/// </summary>
public sealed class ApiKeyEntry
{
    /// <summary>Who the key belongs to; recorded on acknowledgements.</summary>
    public string Name { get; set; } = "";
    /// <summary>Base64 of a random per-key salt (16 bytes or more).</summary>
    public string Salt { get; set; } = "";
    /// <summary>Lower-case hex of the 32-byte hash.</summary>
    public string Hash { get; set; } = "";
    /// <summary><see cref="ApiKeyScopes.Read"/> or <see cref="ApiKeyScopes.Admin"/>.</summary>
    public string Scope { get; set; } = ApiKeyScopes.Read;
}
