using System.Text;
using System.Text.Json;

namespace Vigil.Detection.Evidence;

/// <summary>
/// Writes an alert's evidence as a JSON object, keys in the order they are added, so the same
/// observations always give the same bytes.
/// </summary>
public sealed class EvidenceBuilder
{
    private readonly MemoryStream _buffer = new();
    private readonly Utf8JsonWriter _writer;

    public EvidenceBuilder()
    {
        _writer = new Utf8JsonWriter(_buffer);
        _writer.WriteStartObject();
    }

    public EvidenceBuilder Add(string name, string? value)
    {
        _writer.WriteString(name, value);
        return this;
    }

    public EvidenceBuilder Add(string name, long value)
    {
        _writer.WriteNumber(name, value);
        return this;
    }

    /// <summary>Writes a real number rounded to four significant decimals, so tiny float noise never changes output.</summary>
    public EvidenceBuilder Add(string name, double value)
    {
        _writer.WriteNumber(name, Math.Round(value, 4));
        return this;
    }

    public EvidenceBuilder Add(string name, IEnumerable<string> values)
    {
        _writer.WriteStartArray(name);
        foreach (var value in values)
        {
            _writer.WriteStringValue(value);
        }
        _writer.WriteEndArray();
        return this;
    }

    public string Build()
    {
        _writer.WriteEndObject();
        _writer.Flush();
        return Encoding.UTF8.GetString(_buffer.ToArray());
    }
}
