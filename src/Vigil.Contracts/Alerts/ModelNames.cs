namespace Vigil.Contracts.Alerts;

/// <summary>The model catalog of BRIEF.md: every alert names exactly one of these, exactly as written here.</summary>
public static class ModelNames
{
    /// <summary>New device doing things rare for its subnet.</summary>
    public const string UnusualActivityFromNewDevice = "Unusual Activity from New Device";

    /// <summary>ClientHello without SNI to a never-contacted external endpoint.</summary>
    public const string AnomalousSslWithoutSni = "Anomalous SSL without SNI to New External";

    /// <summary>External TLS server with a self-signed certificate that few devices use.</summary>
    public const string RareExternalSslSelfSigned = "Rare External SSL Self-Signed";

    /// <summary>RDP with an admin cookie on a pair outside the baseline.</summary>
    public const string UnusualAdminRdpSession = "Unusual Admin RDP Session";

    /// <summary>Failed internal connections far above the device's own rate.</summary>
    public const string MultipleFailedInternalConnections = "Multiple Failed Internal Connections";

    /// <summary>ICS protocols from a device that never spoke them, or towards external hosts.</summary>
    public const string PossibleIcsProtocol = "Experimental / Possible ICS Protocol";

    /// <summary>IT zone into ICS zone over a path not in the baseline.</summary>
    public const string AnomalousItToIcsConnection = "Anomalous IT to ICS Connection";

    /// <summary>Repeated failed connections to ICS devices on ICS ports.</summary>
    public const string MultipleFailedConnectionsToIcsDevice = "Multiple Failed Connections to ICS Device";

    /// <summary>Identification/enumeration commands new for the pair.</summary>
    public const string MultipleNewDiscoverCommands = "Multiple New Discover Commands";

    /// <summary>Process-changing commands new for the pair.</summary>
    public const string MultipleNewActionCommands = "Multiple New Action Commands";

    /// <summary>Program transfer uncommon for the pair.</summary>
    public const string UncommonIcsReprogram = "Uncommon ICS Reprogram";

    /// <summary>An ICS conversation the baseline has not seen.</summary>
    public const string UnusualIcsConnectivity = "Unusual ICS Connectivity";

    /// <summary>One source touching many hosts or ports of a subnet with a high failure ratio.</summary>
    public const string NetworkScan = "Network Scan";

    /// <summary>Bytes sent to a peer far above the baseline.</summary>
    public const string UnusualDataUpload = "Unusual Data Upload";

    /// <summary>The whole catalog, in BRIEF.md order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        UnusualActivityFromNewDevice, AnomalousSslWithoutSni, RareExternalSslSelfSigned, UnusualAdminRdpSession,
        MultipleFailedInternalConnections, PossibleIcsProtocol, AnomalousItToIcsConnection,
        MultipleFailedConnectionsToIcsDevice, MultipleNewDiscoverCommands, MultipleNewActionCommands,
        UncommonIcsReprogram, UnusualIcsConnectivity, NetworkScan, UnusualDataUpload,
    ];
}
