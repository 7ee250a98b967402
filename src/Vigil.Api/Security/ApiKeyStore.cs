using Microsoft.Extensions.Options;

namespace Vigil.Api.Security;

/// <summary>The configured keys decoded once; finds the entry a presented key belongs to.</summary>
public sealed class ApiKeyStore(IOptions<ApiKeyOptions> options)
{
    private readonly (ApiKeyEntry Entry, byte[] Salt, byte[] Hash)[] _keys = options.Value.Keys
        .Select(k => ApiKeyHasher.TryDecode(k, out var salt, out var hash) ? (k, salt, hash) : (k, [], []))
        .Where(k => k.Item2.Length > 0)
        .ToArray();

    /// <summary>The matching entry, or null. Checks every key so timing does not tell which one came close.</summary>
    public ApiKeyEntry? Find(string presented)
    {
        ApiKeyEntry? found = null;
        foreach (var (entry, salt, hash) in _keys)
        {
            if (ApiKeyHasher.Verify(salt, hash, presented))
            {
                found ??= entry;
            }
        }
        return found;
    }
}
