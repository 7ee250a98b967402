using System.Text.Json;
using System.Text.Json.Nodes;

namespace Vigil.Api.Security;

/// <summary>
/// A freshly made API key as `vigil apikey create` prints it: the key itself (shown once, never stored)
/// and the hashed entry to paste into configuration — as appsettings JSON and as environment variables.
/// </summary>
public sealed record ApiKeyIssue(string Key, ApiKeyEntry Entry)
{
    /// <summary>Key names end up in acknowledgements and logs: short, printable, no separators that break configuration.</summary>
    public const int MaxNameLength = 64;

    /// <summary>A new random key for <paramref name="name"/> with <paramref name="scope"/>; throws <see cref="ArgumentException"/> on a bad name or scope.</summary>
    public static ApiKeyIssue Create(string name, string scope)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength || name.Any(c => char.IsControl(c) || c is ':' or '"'))
        {
            throw new ArgumentException($"--name must be 1 to {MaxNameLength} printable characters without ':' or '\"'.", nameof(name));
        }
        if (!ApiKeyScopes.IsKnown(scope))
        {
            throw new ArgumentException($"--scope must be '{ApiKeyScopes.Read}' or '{ApiKeyScopes.Admin}', not '{scope}'.", nameof(scope));
        }
        var key = ApiKeyHasher.NewKey();
        return new ApiKeyIssue(key, ApiKeyHasher.Create(name.Trim(), key, scope));
    }

    /// <summary>The entry as an appsettings.json fragment; add the object to the existing Keys array, if any.</summary>
    public string AppSettingsJson()
    {
        var entry = new JsonObject { ["Name"] = Entry.Name, ["Scope"] = Entry.Scope, ["Salt"] = Entry.Salt, ["Hash"] = Entry.Hash };
        var root = new JsonObject { ["Vigil"] = new JsonObject { ["Api"] = new JsonObject { ["Keys"] = new JsonArray(entry) } } };
        return root.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            // Salts are base64: keep '+' and '/' readable, as they are pasted by hand.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }

    /// <summary>The entry as environment variables at <paramref name="index"/> of the Keys array (for systemd or compose).</summary>
    public IEnumerable<string> EnvironmentVariables(int index)
    {
        var prefix = $"Vigil__Api__Keys__{index}__";
        yield return $"{prefix}Name={Entry.Name}";
        yield return $"{prefix}Scope={Entry.Scope}";
        yield return $"{prefix}Salt={Entry.Salt}";
        yield return $"{prefix}Hash={Entry.Hash}";
    }
}
