using System.Collections.Frozen;

namespace Vigil.Flows;

/// <summary>
/// Which ports are servers, for choosing a flow's originator when its start was not seen (no SYN,
/// or UDP): if the first packet comes from a server port to an ephemeral one, its receiver is the
/// client. Mirrors the spirit of Zeek's likely_server_ports, narrowed to what Vigil's estates run.
/// </summary>
internal static class ServerPorts
{
    private static readonly FrozenSet<ushort> Registered = new ushort[]
    {
        // ICS: IEC 104, Modbus alt, Siemens, DNP3, EtherNet/IP, BACnet, OPC UA, Niagara Fox, MELSEC,
        // Omron FINS, GE SRTP, PROFINET RT/CM, C37.118, HART-IP, PCWorx, CODESYS, Beckhoff ADS, MQTT.
        2404, 5020, 20000, 44818, 2222, 47808, 4840, 4843, 1911, 4911, 5006, 5007, 9600, 18245, 18246,
        34962, 34963, 34964, 4712, 4713, 5094, 1962, 2455, 48898, 1883, 8883,
        // IT: databases, RDP, VNC, web alternates, WinRM, LDAP GC, Kerberos pw, RADIUS, SIP, mDNS, SSDP.
        1433, 1521, 3306, 5432, 6379, 27017, 3389, 5900, 8080, 8443, 8000, 5985, 5986, 3268, 3269,
        1812, 1813, 5060, 5061, 5353, 1900, 5355, 3478, 9200,
    }.ToFrozenSet();

    /// <summary>Well-known (below 1024) or a registered server port Vigil knows.</summary>
    public static bool IsServer(ushort port) => port < 1024 || Registered.Contains(port);

    /// <summary>
    /// Whether a flow whose first packet went <paramref name="srcPort"/> → <paramref name="dstPort"/>
    /// without a visible handshake was really started by the receiver.
    /// </summary>
    public static bool SenderLooksLikeServer(ushort srcPort, ushort dstPort) => IsServer(srcPort) && !IsServer(dstPort);
}
