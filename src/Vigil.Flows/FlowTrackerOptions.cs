namespace Vigil.Flows;

/// <summary>
/// Tuning of a <see cref="FlowTracker"/>. Timeouts run on capture time. The defaults follow Zeek where
/// Zeek has a matching knob, and are longer where ICS traffic needs it (documented per option).
/// </summary>
public sealed record FlowTrackerOptions
{
    /// <summary>The options every tracker uses unless told otherwise.</summary>
    public static FlowTrackerOptions Default { get; } = new();

    /// <summary>
    /// Most flows held at once; when full, the least recently active flow is reported
    /// <see cref="FlowUpdateKind.Final"/> and dropped. Default 1,000,000 (a few hundred MB at most).
    /// </summary>
    public int MaxFlows { get; init; } = 1_000_000;

    /// <summary>
    /// Idle time after which an established TCP connection (or a midstream one) ends. Default 1 h:
    /// Zeek uses 5 min, but PLC connections poll slowly and stay open for days, and splitting them
    /// would make every idle minute look like a new connection.
    /// </summary>
    public TimeSpan TcpEstablishedIdleTimeout { get; init; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Idle time for TCP connections in a handshake or half-closed. Default 30 s (a failed attempt
    /// should be reported soon; Zeek's attempt and partial-close timers are 5 s and 3 s, plus retries).
    /// </summary>
    public TimeSpan TcpTransitoryIdleTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a finished TCP connection (both FINs, or a RST) is kept before its final report, so
    /// the last ACK or repeated RSTs count to it instead of opening a new flow. Default 5 s
    /// (Zeek's tcp_close_delay and tcp_reset_delay).
    /// </summary>
    public TimeSpan TcpCloseLinger { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Idle time after which a UDP flow ends. Default 60 s (Zeek's udp_inactivity_timeout).</summary>
    public TimeSpan UdpIdleTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Idle time after which an ICMP flow ends. Default 60 s (Zeek's icmp_inactivity_timeout).</summary>
    public TimeSpan IcmpIdleTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Idle time for other IP protocols (GRE, ESP, VRRP, …), tracked by address pair. Default 60 s.</summary>
    public TimeSpan OtherIdleTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// A flow that stays open and active is reported <see cref="FlowUpdateKind.Interim"/> this often, at
    /// the first expiry check after each interval, when it saw packets since its last report. Default
    /// 60 s; zero or less turns interim reports off.
    /// </summary>
    public TimeSpan InterimInterval { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// A TCP connection still open this long after its first packet is reported then, before its first
    /// <see cref="InterimInterval"/>: an RDP session or a PLC programming session is judged within
    /// seconds, while the many connections that close sooner are reported once, at their end.
    /// Default 5 s; zero or less waits for the first interval.
    /// </summary>
    public TimeSpan FirstReportDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A flow that carried this many payload bytes since its last report is reported at the next expiry
    /// check instead of waiting for its <see cref="InterimInterval"/>: a bulk upload is judged as it grows.
    /// Default 1 MiB (a report per MiB costs nothing next to the transfer); zero or less turns it off.
    /// </summary>
    public long VolumeReportBytes { get; init; } = 1L << 20;

    /// <summary>
    /// Whether VLAN tags are part of a flow's identity. Default false, as in Zeek: a mirror port that
    /// sees routed traffic shows a request on the client's VLAN and the answer on the server's, and
    /// keying by VLAN would split every routed connection into two half-flows. Turn it on where
    /// VLANs reuse the same addresses (multi-tenant or overlapping plants).
    /// </summary>
    public bool KeyByVlan { get; init; }

    /// <summary>
    /// How often <see cref="FlowTracker.Process"/> looks for idle flows, in capture time. Default 1 s:
    /// expiry costs nothing per packet in between.
    /// </summary>
    public TimeSpan ExpiryCheckInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Whether payload is handed to the application dissectors at all. Default true.</summary>
    public bool Dissect { get; init; } = true;

    /// <summary>
    /// Payload bytes per direction fed to the dissector; past it the flow is only counted. ICS flows
    /// (an ICS service recognised, or an ICS port) are exempt: their commands matter for their whole
    /// life. Default 1 MiB: enough for TLS handshakes, RDP negotiation and HTTP headers.
    /// </summary>
    public long DissectionByteBudget { get; init; } = 1L << 20;
}
