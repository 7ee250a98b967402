using Vigil.Capture.Decoding;

namespace Vigil.Host.Ingest;

/// <summary>Formats addresses once: the same few thousand addresses recur in millions of flow reports.</summary>
public sealed class AddressText
{
    private const int MaxCached = 1 << 20;
    private readonly Dictionary<NetAddress, string> _cache = [];

    public string Of(NetAddress address)
    {
        if (_cache.TryGetValue(address, out var text))
        {
            return text;
        }
        if (_cache.Count >= MaxCached)
        {
            // A flood of distinct addresses must not grow memory without bound.
            _cache.Clear();
        }
        text = address.ToString();
        _cache[address] = text;
        return text;
    }
}
