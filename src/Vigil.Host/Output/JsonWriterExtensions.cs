using System.Text.Json;

namespace Vigil.Host.Output;

/// <summary>Small writing helpers the output files share.</summary>
public static class JsonWriterExtensions
{
    public static void WriteStringArray(this Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }
}
