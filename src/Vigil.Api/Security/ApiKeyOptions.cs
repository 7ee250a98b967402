namespace Vigil.Api.Security;

/// <summary>The configured API keys, bound from the <see cref="SectionName"/> section.</summary>
public sealed class ApiKeyOptions
{
    public const string SectionName = "Vigil:Api";

    public List<ApiKeyEntry> Keys { get; set; } = [];

    /// <summary>Problems that make the configuration unusable; empty when it is fine.</summary>
    public IEnumerable<string> Validate()
    {
        if (Keys.Count == 0)
        {
            yield return $"{SectionName}:Keys is empty: configure at least one hashed API key (Name, Scope, Salt, Hash; ApiKeyHasher.Create makes one).";
        }
        foreach (var (key, index) in Keys.Select((k, i) => (k, i)))
        {
            var where = $"{SectionName}:Keys:{index}";
            if (string.IsNullOrWhiteSpace(key.Name))
            {
                yield return $"{where}:Name is empty.";
            }
            if (!ApiKeyScopes.IsKnown(key.Scope))
            {
                yield return $"{where}:Scope '{key.Scope}' is neither '{ApiKeyScopes.Read}' nor '{ApiKeyScopes.Admin}'.";
            }
            if (!ApiKeyHasher.TryDecode(key, out _, out _))
            {
                yield return $"{where}: Salt must be base64 of at least 16 bytes and Hash 64 hex digits.";
            }
        }
    }
}
