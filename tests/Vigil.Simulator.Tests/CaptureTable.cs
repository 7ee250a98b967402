namespace Vigil.Simulator.Tests;

/// <summary>
/// One tshark pass over a capture, kept as a table of the fields the tests look at (one row per packet,
/// multiple occurrences joined by commas), so each scenario costs one dissection instead of one per test.
/// </summary>
public sealed class CaptureTable
{
    /// <summary>The fields dumped, in column order.</summary>
    public static readonly string[] Fields =
    [
        "frame.time_epoch", "ip.src", "ip.dst", "tcp.dstport", "tcp.flags.syn", "tcp.flags.ack", "tcp.flags.reset", "tcp.len",
        "s7comm.header.rosctr", "s7comm.param.func", "s7comm.data.userdata.szl_id", "modbus.func_code",
        "tls.handshake.type", "tls.handshake.extensions_server_name", "tls.handshake.certificate",
        "rdp.rt_cookie", "dhcp.option.hostname", "_ws.col.Protocol", "udp.dstport",
        "tcp.srcport", "tcp.stream", "mbtcp.unit_id", "modbus.exception_code", "s7comm.param.item.area", "s7comm.param.item.db",
        "icmp.type", "arp.opcode", "arp.src.proto_ipv4", "arp.dst.proto_ipv4", "smb.cmd", "snmp.name", "tcp.flags.fin",
    ];

    private readonly Dictionary<string, int> _columns;

    private CaptureTable(IReadOnlyList<string[]> rows)
    {
        Rows = rows;
        _columns = Fields.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>One entry per packet.</summary>
    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>Dissects <paramref name="capture"/> once.</summary>
    public static CaptureTable Load(string capture)
    {
        var arguments = new List<string> { "-T", "fields", "-E", "separator=\t", "-E", "occurrence=a", "-E", "aggregator=," };
        foreach (var field in Fields)
        {
            arguments.Add("-e");
            arguments.Add(field);
        }
        var lines = Tshark.RunRaw(capture, [.. arguments]);
        return new CaptureTable(lines.Select(l => l.Split('\t')).ToList());
    }

    /// <summary>The value of <paramref name="field"/> in <paramref name="row"/> ("" when absent).</summary>
    public string Get(string[] row, string field)
    {
        var column = _columns[field];
        return column < row.Length ? row[column] : "";
    }

    /// <summary>Rows where <paramref name="predicate"/> holds.</summary>
    public IEnumerable<string[]> Where(Func<Func<string, string>, bool> predicate) =>
        Rows.Where(row => predicate(field => Get(row, field)));

    /// <summary>Distinct values (occurrences split) of <paramref name="field"/> over matching rows.</summary>
    public ISet<string> Values(string field, Func<Func<string, string>, bool> predicate) =>
        Where(predicate).SelectMany(row => Get(row, field).Split(',', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
}
