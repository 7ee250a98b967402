namespace Vigil.Contracts.Alerts;

/// <summary>The model catalog of BRIEF.md: every alert names exactly one of these.</summary>
public static class ModelNames
{
    public const string UnusualActivityFromNewDevice = "Unusual Activity from New Device";
    public const string AnomalousSslWithoutSni = "Anomalous SSL without SNI to New External";
    public const string RareExternalSslSelfSigned = "Rare External SSL Self-Signed";
    public const string UnusualAdminRdpSession = "Unusual Admin RDP Session";
    public const string MultipleFailedInternalConnections = "Multiple Failed Internal Connections";
    public const string PossibleIcsProtocol = "Experimental / Possible ICS Protocol";
    public const string AnomalousItToIcsConnection = "Anomalous IT to ICS Connection";
    public const string MultipleFailedConnectionsToIcsDevice = "Multiple Failed Connections to ICS Device";
    public const string MultipleNewDiscoverCommands = "Multiple New Discover Commands";
    public const string MultipleNewActionCommands = "Multiple New Action Commands";
    public const string UncommonIcsReprogram = "Uncommon ICS Reprogram";
    public const string UnusualIcsConnectivity = "Unusual ICS Connectivity";
    public const string NetworkScan = "Network Scan";
    public const string UnusualDataUpload = "Unusual Data Upload";

    public static IReadOnlyList<string> All { get; } =
    [
        UnusualActivityFromNewDevice, AnomalousSslWithoutSni, RareExternalSslSelfSigned, UnusualAdminRdpSession,
        MultipleFailedInternalConnections, PossibleIcsProtocol, AnomalousItToIcsConnection,
        MultipleFailedConnectionsToIcsDevice, MultipleNewDiscoverCommands, MultipleNewActionCommands,
        UncommonIcsReprogram, UnusualIcsConnectivity, NetworkScan, UnusualDataUpload,
    ];
}
