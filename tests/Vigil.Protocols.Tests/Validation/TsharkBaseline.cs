using System.Globalization;

namespace Vigil.Protocols.Tests.Validation;

/// <summary>
/// Request counts tshark reports for the shared captures (tshark-baseline.tsv, regenerated with
/// tshark-baseline.sh), like Zeek's baselines: the captures are not in the repository, the counts are.
/// </summary>
internal static class TsharkBaseline
{
    public static IReadOnlyDictionary<string, Dictionary<string, int>> ByCapture { get; } = Load();

    private static Dictionary<string, Dictionary<string, int>> Load()
    {
        var result = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Validation", "tshark-baseline.tsv")))
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }
            var fields = line.Split('\t');
            if (!result.TryGetValue(fields[0], out var counts))
            {
                result[fields[0]] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
            }
            counts[fields[1]] = int.Parse(fields[2], CultureInfo.InvariantCulture);
        }
        return result;
    }
}
