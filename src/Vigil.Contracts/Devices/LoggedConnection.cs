using Vigil.Contracts.Flows;

namespace Vigil.Contracts.Devices;

/// <summary>
/// One line of a device's event log, seen from the device: which peer, who opened it, ports, transport,
/// outcome, volumes each way and, in a few words, what the application parsers saw. The device's own
/// address is the grain's key, so it is not repeated. Times have millisecond resolution (the log is stored
/// that way; see Vigil.Detection's ConnectionLog).
/// </summary>
[GenerateSerializer, Immutable, Alias("vigil.logged-connection")]
public sealed record LoggedConnection
{
    /// <summary>First packet, ns since the Unix epoch (capture time), rounded down to the millisecond.</summary>
    [Id(0)] public long StartNs { get; init; }
    /// <summary>Last packet when logged, ns since the Unix epoch, rounded up to the millisecond.</summary>
    [Id(1)] public long EndNs { get; init; }
    [Id(2)] public required string Peer { get; init; }
    /// <summary>True when the device opened the connection (it was the originator).</summary>
    [Id(3)] public bool Outbound { get; init; }
    /// <summary>The device's port.</summary>
    [Id(4)] public ushort LocalPort { get; init; }
    [Id(5)] public ushort PeerPort { get; init; }
    /// <summary>IP protocol number (6 TCP, 17 UDP, 1 ICMP…).</summary>
    [Id(6)] public byte Protocol { get; init; }
    /// <summary>Zeek conn_state when logged, e.g. "SF", "S0", "REJ".</summary>
    [Id(7)] public required string State { get; init; }
    [Id(8)] public string? Service { get; init; }
    [Id(9)] public long BytesSent { get; init; }
    [Id(10)] public long BytesReceived { get; init; }
    /// <summary>
    /// Logged when it began and still open then: a long-lived connection (hours of polling) shows up while it
    /// lasts, and is logged again, closed, when it ends.
    /// </summary>
    [Id(11)] public bool Open { get; init; }
    /// <summary>What the parsers saw, in short ("modbus/3 x6, modbus/16 x1; tls no-sni self-signed"); null when nothing.</summary>
    [Id(12)] public string? Summary { get; init; }

    /// <summary>A finished attempt that got no service (unanswered, rejected or reset before an answer).</summary>
    public bool Failed => !Open && FlowEvent.IsFailedState(State);
}
