namespace Vigil.Api.Models;

/// <summary>One line of a device's event log: a connection it made ("out") or received ("in").</summary>
public sealed record ConnectionEntry
{
    public required string Start { get; init; }
    public required string End { get; init; }
    public required string Direction { get; init; }
    public required string Orig { get; init; }
    public int OrigPort { get; init; }
    public required string Resp { get; init; }
    public int RespPort { get; init; }
    public required string Proto { get; init; }
    /// <summary>Zeek conn_state.</summary>
    public required string State { get; init; }
    public bool Failed { get; init; }
    public string? Service { get; init; }
    public long OrigBytes { get; init; }
    public long RespBytes { get; init; }
}
