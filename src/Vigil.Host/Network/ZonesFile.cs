using System.Text.Json;
using Vigil.Contracts.Subnets;

namespace Vigil.Host.Network;

/// <summary>
/// Reads `--zones FILE`: a JSON array (or an object with a "zones" array) of
/// <c>{"name": "Industrial", "role": "ics", "cidrs": ["10.20.9.0/24"]}</c>; roles are it, ics, dmz.
/// </summary>
public static class ZonesFile
{
    /// <summary>Parses the file; on a bad file returns null and says why in <paramref name="error"/>.</summary>
    public static IReadOnlyList<ZoneDefinition>? Load(string path, out string error)
    {
        error = "";
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            var array = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("zones", out var zones) ? zones : root;
            if (array.ValueKind != JsonValueKind.Array)
            {
                error = $"{path}: expected an array of zones.";
                return null;
            }
            var result = new List<ZoneDefinition>();
            foreach (var zone in array.EnumerateArray())
            {
                var name = zone.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
                var role = zone.TryGetProperty("role", out var r) ? (r.GetString() ?? "").ToLowerInvariant() : "";
                if (!ZoneRoles.IsKnown(role) || role == ZoneRoles.External)
                {
                    error = $"{path}: zone '{name}' has role '{role}'; use it, ics or dmz.";
                    return null;
                }
                var blocks = new List<Cidr>();
                foreach (var text in zone.TryGetProperty("cidrs", out var c) && c.ValueKind == JsonValueKind.Array ? c.EnumerateArray().Select(e => e.GetString() ?? "") : [])
                {
                    if (!Cidr.TryParse(text, out var block))
                    {
                        error = $"{path}: zone '{name}': '{text}' is not an address block.";
                        return null;
                    }
                    blocks.Add(block);
                }
                result.Add(new ZoneDefinition(name, role, blocks));
            }
            return result;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException or InvalidOperationException)
        {
            error = $"{path}: {e.Message}";
            return null;
        }
    }
}
