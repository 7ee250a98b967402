using System.Text;
using Vigil.Contracts.Alerts;
using Vigil.Export.Formats;

namespace Vigil.Export.Sinks;

/// <summary>Appends one JSON object per alert and line to a file, for SIEM agents that tail files.</summary>
public sealed class JsonLinesSink(string path) : IAlertSink
{
    private readonly StreamWriter _writer = new(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read), new UTF8Encoding(false));

    public async Task SendAsync(IReadOnlyList<AlertRecord> alerts, CancellationToken cancellation = default)
    {
        foreach (var alert in alerts)
        {
            await _writer.WriteAsync(AlertJson.Format(alert).AsMemory(), cancellation);
            await _writer.WriteAsync("\n".AsMemory(), cancellation);
        }
        await _writer.FlushAsync(cancellation);
    }

    public ValueTask DisposeAsync() => _writer.DisposeAsync();
}
