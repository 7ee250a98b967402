namespace Vigil.Api.Models;

/// <summary>
/// One line of a device's event log: a connection it made ("out") or received ("in"). Times have
/// millisecond resolution.
/// </summary>
public sealed record ConnectionEntry
{
    public required string Start { get; init; }
    /// <summary>The last packet when the line was logged (for an open connection, its first report).</summary>
    public required string End { get; init; }
    public required string Direction { get; init; }
    /// <summary>The other end: <see cref="Resp"/> for "out", <see cref="Orig"/> for "in".</summary>
    public required string Peer { get; init; }
    public required string Orig { get; init; }
    public int OrigPort { get; init; }
    public required string Resp { get; init; }
    public int RespPort { get; init; }
    public required string Proto { get; init; }
    /// <summary>Zeek conn_state.</summary>
    public required string State { get; init; }
    /// <summary>Logged when a long-lived connection began and was still open; it is logged again when it ends.</summary>
    public bool Open { get; init; }
    public bool Failed { get; init; }
    public string? Service { get; init; }
    public long OrigBytes { get; init; }
    public long RespBytes { get; init; }
    /// <summary>What the protocol parsers saw, in short: the busiest operations with counts ("modbus/3 x6"), then facts such as "tls no-sni self-signed" or "rdp user=admin".</summary>
    public string? Summary { get; init; }
}
