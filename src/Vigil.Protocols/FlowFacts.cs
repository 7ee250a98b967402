using Vigil.Protocols.Facts;

namespace Vigil.Protocols;

/// <summary>
/// Everything the application parsers learned about one flow: the detected service, counts of
/// requests keyed "&lt;protocol&gt;/&lt;code&gt;" (wire codes in decimal), and typed facts per protocol.
/// One instance per flow; written by the flow's parsers, read when the flow is reported.
/// </summary>
public sealed class FlowFacts
{
    /// <summary>Most anomalies one flow keeps; past it only <see cref="AnomalyCount"/> grows, so a hostile flow cannot grow memory.</summary>
    public const int MaxAnomalies = 16;

    private SortedDictionary<string, int>? _operations;
    private List<ProtocolAnomaly>? _anomalies;

    /// <summary>The application protocol, e.g. "modbus", "s7comm", "tls"; null until recognised.</summary>
    public string? Service { get; set; }

    /// <summary>Requests seen, keyed "&lt;protocol&gt;/&lt;code&gt;" (e.g. "modbus/16", "s7comm/job/5").</summary>
    public IReadOnlyDictionary<string, int> Operations =>
        (IReadOnlyDictionary<string, int>?)_operations ?? EmptyOperations;

    public IReadOnlyList<ProtocolAnomaly> Anomalies => (IReadOnlyList<ProtocolAnomaly>?)_anomalies ?? [];

    /// <summary>All anomalies seen, including those past <see cref="MaxAnomalies"/>.</summary>
    public int AnomalyCount { get; private set; }

    public TlsFacts? Tls { get; set; }
    public RdpFacts? Rdp { get; set; }
    public DnsFacts? Dns { get; set; }
    public DhcpFacts? Dhcp { get; set; }
    public HttpFacts? Http { get; set; }
    public SmbFacts? Smb { get; set; }

    /// <summary>What an ICS device said about itself (Modbus MEI, ENIP ListIdentity, S7 SZL replies).</summary>
    public DeviceIdentity? ResponderIdentity { get; set; }

    public void AddOperation(string key, int count = 1)
    {
        _operations ??= new SortedDictionary<string, int>(StringComparer.Ordinal);
        _operations[key] = _operations.GetValueOrDefault(key) + count;
    }

    public void AddAnomaly(string protocol, string kind, long timestampNs)
    {
        AnomalyCount++;
        _anomalies ??= [];
        if (_anomalies.Count < MaxAnomalies)
        {
            _anomalies.Add(new ProtocolAnomaly(protocol, kind, timestampNs));
        }
    }

    private static readonly IReadOnlyDictionary<string, int> EmptyOperations = new Dictionary<string, int>();
}
