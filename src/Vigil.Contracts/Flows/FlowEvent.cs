namespace Vigil.Contracts.Flows;

/// <summary>
/// One report of one flow, as routed to the device grains of its internal endpoints. Counters are
/// cumulative since the flow began; the <c>New…</c> fields are what this report adds, so a grain can
/// sum volumes without remembering flows. A flow is reported once (<see cref="IsFirst"/> and
/// <see cref="IsFinal"/> both true) or as a first report, interim updates, and a final one.
/// </summary>
[GenerateSerializer, Immutable, Alias("vigil.flow-event")]
public sealed record FlowEvent
{
    [Id(0)] public ulong FlowId { get; init; }
    /// <summary>First packet, ns since the Unix epoch (capture time).</summary>
    [Id(1)] public long StartNs { get; init; }
    /// <summary>Last packet so far, ns since the Unix epoch (capture time).</summary>
    [Id(2)] public long EndNs { get; init; }
    [Id(3)] public required string Orig { get; init; }
    [Id(4)] public ushort OrigPort { get; init; }
    [Id(5)] public required string Resp { get; init; }
    [Id(6)] public ushort RespPort { get; init; }
    /// <summary>IP protocol number (6 TCP, 17 UDP, 1 ICMP…).</summary>
    [Id(7)] public byte Protocol { get; init; }
    [Id(8)] public ushort Vlan { get; init; }
    [Id(9)] public ulong OrigMac { get; init; }
    [Id(10)] public ulong RespMac { get; init; }
    /// <summary>Zeek conn_state, e.g. "SF", "S0", "REJ".</summary>
    [Id(11)] public required string State { get; init; }
    [Id(12)] public string? Service { get; init; }
    [Id(13)] public long OrigBytes { get; init; }
    [Id(14)] public long RespBytes { get; init; }
    [Id(15)] public long OrigPkts { get; init; }
    [Id(16)] public long RespPkts { get; init; }
    [Id(17)] public long NewOrigBytes { get; init; }
    [Id(18)] public long NewRespBytes { get; init; }
    [Id(19)] public bool IsFirst { get; init; }
    [Id(20)] public bool IsFinal { get; init; }
    [Id(21)] public bool OrigInternal { get; init; }
    [Id(22)] public bool RespInternal { get; init; }
    /// <summary>What the application parsers learned; null when no payload was parsed.</summary>
    [Id(23)] public ApplicationSummary? App { get; init; }

    /// <summary>
    /// A connection attempt that got no service: unanswered (S0), rejected (REJ), or reset before an
    /// answer (RSTOS0, SH). Only meaningful on a final report.
    /// </summary>
    public bool IsFailedAttempt => IsFailedState(State);

    /// <summary>Whether a final report in conn_state <paramref name="state"/> is a failed attempt (see <see cref="IsFailedAttempt"/>).</summary>
    public static bool IsFailedState(string state) => state is "S0" or "REJ" or "RSTOS0" or "SH";
}
