using System.Collections.Concurrent;

namespace Vigil.Protocols.Framing;

/// <summary>
/// Cached operation keys "&lt;prefix&gt;&lt;code&gt;" so the hot path does not format a string per PDU.
/// Codes below the dense size live in an array; larger codes (16/32-bit ids) in a bounded dictionary.
/// </summary>
public sealed class KeyTable
{
    /// <summary>Most sparse keys kept; past it keys are formatted each time, so hostile codes cannot grow memory.</summary>
    private const int MaxSparse = 4096;

    private readonly string _prefix;
    private readonly string?[] _dense;
    private readonly ConcurrentDictionary<long, string> _sparse = new();

    /// <summary>Makes a table for keys "<paramref name="prefix"/>&lt;code&gt;".</summary>
    /// <param name="prefix">The key prefix including its trailing slash, e.g. "modbus/".</param>
    /// <param name="denseSize">Codes below this are cached in an array (256 for byte codes).</param>
    public KeyTable(string prefix, int denseSize = 256)
    {
        _prefix = prefix;
        _dense = new string?[denseSize];
    }

    /// <summary>The key for <paramref name="code"/>, e.g. "modbus/16".</summary>
    public string this[long code]
    {
        get
        {
            if (code >= 0 && code < _dense.Length)
            {
                // A benign race: two threads may both format the same string; either result is correct.
                return _dense[code] ??= _prefix + code.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            if (_sparse.TryGetValue(code, out var key))
            {
                return key;
            }
            key = _prefix + code.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_sparse.Count < MaxSparse)
            {
                _sparse.TryAdd(code, key);
            }
            return key;
        }
    }
}
