namespace Vigil.Contracts.Flows;

/// <summary>
/// What the application parsers learned about a flow, as the models need it: the operations
/// requested (cumulative counts keyed "&lt;protocol&gt;/&lt;code&gt;"), protocol anomalies, and the
/// TLS, RDP, DNS, DHCP and HTTP facts that name devices or betray intent.
/// </summary>
[GenerateSerializer, Immutable, Alias("vigil.application-summary")]
public sealed record ApplicationSummary
{
    /// <summary>Requests seen since the flow began, e.g. "modbus/16" → 3.</summary>
    [Id(0)] public IReadOnlyDictionary<string, int> Operations { get; init; } = new Dictionary<string, int>();
    /// <summary>Protocol anomalies as "protocol/kind", e.g. "dissector/port_protocol_mismatch".</summary>
    [Id(1)] public IReadOnlyList<string> Anomalies { get; init; } = [];
    [Id(2)] public TlsSummary? Tls { get; init; }
    /// <summary>The RDP routing cookie's user ("mstshash=USER").</summary>
    [Id(3)] public string? RdpCookie { get; init; }
    [Id(4)] public IReadOnlyList<string> DnsQueries { get; init; } = [];
    /// <summary>DNS answers as name → address pairs.</summary>
    [Id(5)] public IReadOnlyList<KeyValuePair<string, string>> DnsAnswers { get; init; } = [];
    [Id(6)] public string? DhcpHostName { get; init; }
    [Id(7)] public string? DhcpVendorClass { get; init; }
    [Id(8)] public string? HttpHost { get; init; }
    [Id(9)] public string? HttpUserAgent { get; init; }
    /// <summary>How the responder identified itself ("vendor product version"), e.g. from Modbus 43/14.</summary>
    [Id(10)] public DeviceIdentityFacts? ResponderIdentity { get; init; }
    /// <summary>The address a DHCP exchange was about (assigned or requested), to name that device.</summary>
    [Id(11)] public string? DhcpAddress { get; init; }
}
