using Vigil.Api.Security;

namespace Vigil.Cluster.Tests.Support;

/// <summary>A read key for a test cluster's HTTP API, configured on the silos as an operator would: only its salt and hash, in VIGIL_ environment variables.</summary>
public sealed class SiloApiKey
{
    public string Key { get; } = ApiKeyHasher.NewKey();

    public IReadOnlyDictionary<string, string> Environment
    {
        get
        {
            var entry = ApiKeyHasher.Create("cluster-test", Key, ApiKeyScopes.Read);
            return new Dictionary<string, string>
            {
                ["VIGIL_Vigil__Api__Keys__0__Name"] = entry.Name,
                ["VIGIL_Vigil__Api__Keys__0__Scope"] = entry.Scope,
                ["VIGIL_Vigil__Api__Keys__0__Salt"] = entry.Salt,
                ["VIGIL_Vigil__Api__Keys__0__Hash"] = entry.Hash,
            };
        }
    }

    /// <summary>An HTTP client for one silo's API that sends the key.</summary>
    public HttpClient Client(SiloRunner.Silo silo)
    {
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{silo.HttpPort}"), Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }
}
