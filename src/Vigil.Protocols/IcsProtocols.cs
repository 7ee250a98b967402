namespace Vigil.Protocols;

/// <summary>The ICS protocols Vigil parses (Modbus/TCP, S7comm, DNP3, EtherNet/IP, BACnet, IEC 104, MMS, OPC UA).</summary>
public static class IcsProtocols
{
    public static IReadOnlyList<ProtocolDescriptor> All { get; } = [];
}
