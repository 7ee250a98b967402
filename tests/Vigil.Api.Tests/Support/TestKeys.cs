using Vigil.Api.Security;

namespace Vigil.Api.Tests.Support;

/// <summary>The keys the test host accepts: configured only as salted hashes, as in production.</summary>
internal static class TestKeys
{
    public static string Read { get; } = ApiKeyHasher.NewKey();
    public static string Admin { get; } = ApiKeyHasher.NewKey();

    public static IEnumerable<KeyValuePair<string, string?>> Configuration()
    {
        ApiKeyEntry[] entries = [ApiKeyHasher.Create("analyst", Read, ApiKeyScopes.Read), ApiKeyHasher.Create("admin", Admin, ApiKeyScopes.Admin)];
        for (var i = 0; i < entries.Length; i++)
        {
            var prefix = $"{ApiKeyOptions.SectionName}:Keys:{i}:";
            yield return new(prefix + "Name", entries[i].Name);
            yield return new(prefix + "Scope", entries[i].Scope);
            yield return new(prefix + "Salt", entries[i].Salt);
            yield return new(prefix + "Hash", entries[i].Hash);
        }
    }
}
