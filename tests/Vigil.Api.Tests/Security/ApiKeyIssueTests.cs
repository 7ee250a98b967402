using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Vigil.Api.Security;

namespace Vigil.Api.Tests.Security;

/// <summary>`vigil apikey create`: the key is printed once; the entry it prints is valid configuration that accepts that key and no other.</summary>
public sealed class ApiKeyIssueTests
{
    [Theory]
    [InlineData(ApiKeyScopes.Read)]
    [InlineData(ApiKeyScopes.Admin)]
    public void The_printed_entry_binds_as_configuration_and_verifies_the_key(string scope)
    {
        var issue = ApiKeyIssue.Create("ops-team", scope);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(issue.AppSettingsJson()));
        var options = new ConfigurationBuilder().AddJsonStream(stream).Build().GetSection(ApiKeyOptions.SectionName).Get<ApiKeyOptions>()!;
        Assert.Empty(options.Validate());
        var entry = Assert.Single(options.Keys);
        Assert.Equal(("ops-team", scope), (entry.Name, entry.Scope));
        Assert.True(ApiKeyHasher.TryDecode(entry, out var salt, out var hash));
        Assert.True(ApiKeyHasher.Verify(salt, hash, issue.Key));
        Assert.False(ApiKeyHasher.Verify(salt, hash, issue.Key + "x"));
        Assert.DoesNotContain(issue.Key, issue.AppSettingsJson(), StringComparison.Ordinal); // only the hash is configured

        var environment = issue.EnvironmentVariables(2).ToArray();
        Assert.Equal($"Vigil__Api__Keys__2__Hash={entry.Hash}", environment[3]);
        var fromEnvironment = new ConfigurationBuilder().AddInMemoryCollection(environment.Select(e => e.Split('=', 2))
            .Select(p => new KeyValuePair<string, string?>(p[0].Replace("__", ":", StringComparison.Ordinal), p[1]))).Build()
            .GetSection(ApiKeyOptions.SectionName).Get<ApiKeyOptions>()!;
        Assert.Equal(entry.Salt, fromEnvironment.Keys.Single(k => k.Name.Length > 0).Salt);
    }

    [Fact]
    public void Two_keys_differ_in_key_and_salt()
    {
        var a = ApiKeyIssue.Create("a", ApiKeyScopes.Read);
        var b = ApiKeyIssue.Create("a", ApiKeyScopes.Read);
        Assert.NotEqual(a.Key, b.Key);
        Assert.NotEqual(a.Entry.Salt, b.Entry.Salt);
        Assert.True(JsonDocument.Parse(a.AppSettingsJson()).RootElement.GetProperty("Vigil").GetProperty("Api").GetProperty("Keys")[0].TryGetProperty("Hash", out _));
    }

    [Theory]
    [InlineData("ops", "owner")]
    [InlineData("", "read")]
    [InlineData("a:b", "read")]
    public void Bad_names_and_scopes_are_refused(string name, string scope) =>
        Assert.Throws<ArgumentException>(() => ApiKeyIssue.Create(name, scope));
}
