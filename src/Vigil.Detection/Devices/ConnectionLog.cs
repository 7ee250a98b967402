using System.Text;
using System.Text.Json.Serialization;
using Vigil.Contracts.Devices;
using Vigil.Contracts.Flows;

namespace Vigil.Detection.Devices;

/// <summary>
/// The device's event log: its recent connections, newest last, bounded by <see cref="Capacity"/>. A
/// connection is logged when it ends, and a long-lived one also when it starts, so hours-long polling
/// sessions are visible while they are open. Each line keeps what an analyst reads (<see cref="LoggedConnection"/>),
/// not the whole flow report, and is stored packed over a string table (<see cref="ConnectionLogJsonConverter"/>):
/// a full log takes 5–7 KB of storage instead of 150.
/// </summary>
[JsonConverter(typeof(ConnectionLogJsonConverter))]
public sealed class ConnectionLog
{
    public const int Capacity = 256;
    private const long Millisecond = 1_000_000;
    /// <summary>How far back a new line looks for an equal summary to share (a poller repeats itself).</summary>
    private const int SummaryReuseWindow = 16;

    /// <summary>One builder per thread for summaries: grains of one silo run on many threads, each line on one.</summary>
    [ThreadStatic]
    private static StringBuilder? _summaryText;

    private readonly List<LoggedConnection> _entries = new(Capacity);

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<LoggedConnection> Entries => _entries;

    /// <summary>Logs a flow report of <paramref name="device"/>: its first report if the flow is still open, and its final one.</summary>
    public void Record(FlowEvent flow, string device)
    {
        if (!flow.IsFinal && !flow.IsFirst)
        {
            return;
        }
        var outbound = flow.Orig == device;
        Add(new LoggedConnection
        {
            // Milliseconds are what the stored form keeps; rounding outwards keeps the flow inside its line's interval.
            StartNs = flow.StartNs - flow.StartNs % Millisecond,
            EndNs = (flow.EndNs + Millisecond - 1) / Millisecond * Millisecond,
            Peer = outbound ? flow.Resp : flow.Orig,
            Outbound = outbound,
            LocalPort = outbound ? flow.OrigPort : flow.RespPort,
            PeerPort = outbound ? flow.RespPort : flow.OrigPort,
            Protocol = flow.Protocol,
            State = flow.State,
            Service = flow.Service,
            BytesSent = outbound ? flow.OrigBytes : flow.RespBytes,
            BytesReceived = outbound ? flow.RespBytes : flow.OrigBytes,
            Open = !flow.IsFinal,
            Summary = SummaryOf(flow.App),
        });
    }

    /// <summary>Appends a line, forgetting the oldest when full.</summary>
    public void Add(LoggedConnection entry)
    {
        if (_entries.Count == Capacity)
        {
            // Removing the oldest from the front is O(capacity); at 256 entries cheaper than a ring's bookkeeping.
            _entries.RemoveAt(0);
        }
        _entries.Add(entry);
    }

    /// <summary>The newest <paramref name="max"/> lines, oldest first.</summary>
    public IReadOnlyList<LoggedConnection> Latest(int max) =>
        _entries.Count <= max ? _entries.ToArray() : _entries.GetRange(_entries.Count - max, max).ToArray();

    /// <summary>
    /// The line's summary; when a recent line has the same text (a poller repeats itself), that line's string,
    /// so a full log of polls holds one copy of it, and building it allocated nothing.
    /// </summary>
    private string? SummaryOf(ApplicationSummary? app)
    {
        var text = _summaryText ??= new StringBuilder(ConnectionSummary.MaxLength + 8);
        ConnectionSummary.Write(app, text);
        if (text.Length == 0)
        {
            return null;
        }
        for (var i = _entries.Count - 1; i >= Math.Max(0, _entries.Count - SummaryReuseWindow); i--)
        {
            if (_entries[i].Summary is { } recent && text.Equals(recent.AsSpan()))
            {
                return recent;
            }
        }
        return text.ToString();
    }
}
