using System.Text.Json;

namespace Vigil.Host.Output;

/// <summary>A JSON Lines file written through one reusable <see cref="Utf8JsonWriter"/>: one object per line.</summary>
public sealed class JsonLinesFile : IDisposable
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly FileStream _stream;
    private readonly Utf8JsonWriter _writer;

    public JsonLinesFile(string path)
    {
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        _writer = new Utf8JsonWriter(_stream, new JsonWriterOptions { SkipValidation = true });
    }

    public long Lines { get; private set; }

    /// <summary>Writes one line: <paramref name="write"/> fills the object's members.</summary>
    public void WriteLine<T>(T item, Action<Utf8JsonWriter, T> write)
    {
        _writer.WriteStartObject();
        write(_writer, item);
        _writer.WriteEndObject();
        _writer.Flush();
        _writer.Reset();
        _stream.Write(NewLine);
        Lines++;
    }

    public void Dispose()
    {
        _writer.Dispose();
        _stream.Dispose();
    }
}
