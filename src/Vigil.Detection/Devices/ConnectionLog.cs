using System.Text.Json.Serialization;
using Vigil.Contracts.Devices;
using Vigil.Contracts.Flows;

namespace Vigil.Detection.Devices;

/// <summary>
/// The device's event log: its recent connections, newest last, bounded by <see cref="Capacity"/>. A
/// connection is logged when it ends, and a long-lived one also when it starts, so hours-long polling
/// sessions are visible while they are open. Each line keeps what an analyst reads (<see cref="LoggedConnection"/>),
/// not the whole flow report, and is stored as a row of numbers over a string table
/// (<see cref="ConnectionLogJsonConverter"/>): a full log is about 10 KB instead of 150.
/// </summary>
[JsonConverter(typeof(ConnectionLogJsonConverter))]
public sealed class ConnectionLog
{
    public const int Capacity = 256;
    private const long Millisecond = 1_000_000;
    /// <summary>How far back a new line looks for an equal summary to share (a poller repeats itself).</summary>
    private const int SummaryReuseWindow = 16;

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
            Summary = Shared(ConnectionSummary.Of(flow.App)),
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

    /// <summary>The same text as a recent line's summary, as that line's instance: a full log of polls holds one copy, not 256.</summary>
    private string? Shared(string? summary)
    {
        if (summary is null)
        {
            return null;
        }
        for (var i = _entries.Count - 1; i >= Math.Max(0, _entries.Count - SummaryReuseWindow); i--)
        {
            if (string.Equals(_entries[i].Summary, summary, StringComparison.Ordinal))
            {
                return _entries[i].Summary;
            }
        }
        return summary;
    }
}
