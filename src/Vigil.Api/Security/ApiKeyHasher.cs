using System.Security.Cryptography;
using System.Text;

namespace Vigil.Api.Security;

/// <summary>Makes and checks salted key hashes; comparisons take the same time whatever matches.</summary>
public static class ApiKeyHasher
{
    private const int SaltBytes = 16;

    /// <summary>A new random key, URL-safe, 256 bits.</summary>
    public static string NewKey() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>A configuration entry for <paramref name="key"/> with a fresh salt.</summary>
    public static ApiKeyEntry Create(string name, string key, string scope)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return new ApiKeyEntry { Name = name, Scope = scope, Salt = Convert.ToBase64String(salt), Hash = Convert.ToHexStringLower(Hash(salt, key)) };
    }

    public static byte[] Hash(byte[] salt, string key)
    {
        var keyBytes = Encoding.UTF8.GetBytes(key);
        var input = new byte[salt.Length + keyBytes.Length];
        salt.CopyTo(input, 0);
        keyBytes.CopyTo(input, salt.Length);
        return SHA256.HashData(input);
    }

    public static bool Verify(byte[] salt, byte[] hash, string key) =>
        CryptographicOperations.FixedTimeEquals(Hash(salt, key), hash);

    public static bool TryDecode(ApiKeyEntry entry, out byte[] salt, out byte[] hash)
    {
        salt = [];
        hash = [];
        try
        {
            salt = Convert.FromBase64String(entry.Salt);
            hash = Convert.FromHexString(entry.Hash);
        }
        catch (FormatException)
        {
            return false;
        }
        return salt.Length >= SaltBytes && hash.Length == 32;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
