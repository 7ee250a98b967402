using Vigil.Capture.Decoding;
using Vigil.Protocols.Bacnet;
using Vigil.Protocols.Dnp3;
using Vigil.Protocols.Enip;
using Vigil.Protocols.Iec104;
using Vigil.Protocols.Iso;
using Vigil.Protocols.Modbus;
using Vigil.Protocols.OpcUa;

namespace Vigil.Protocols;

/// <summary>
/// The ICS protocols Vigil parses (Modbus/TCP, S7comm, DNP3, EtherNet/IP, BACnet, IEC 104, MMS,
/// OPC UA). Port 102 carries S7comm, S7comm-plus and MMS over the same TPKT/COTP framing: one
/// descriptor ("s7comm") makes an <see cref="IsoTransportParser"/> that renames the service to
/// "mms" or "s7commplus" once it sees what the connection carries.
/// </summary>
public static class IcsProtocols
{
    /// <summary>Every ICS protocol, strongest content probes first.</summary>
    public static IReadOnlyList<ProtocolDescriptor> All { get; } =
    [
        new("dnp3", TransportProtocol.Tcp, [20000], Dnp3LinkReader.Looks, () => new Dnp3Parser()),
        new("dnp3", TransportProtocol.Udp, [20000], Dnp3LinkReader.Looks, () => new Dnp3Parser()),
        new("s7comm", TransportProtocol.Tcp, [102], TpktReader.Looks, () => new IsoTransportParser()),
        new("enip", TransportProtocol.Tcp, [44818], EnipReader.Looks, () => new EnipParser()),
        new("enip", TransportProtocol.Udp, [44818], EnipReader.Looks, () => new EnipParser()),
        new("enip", TransportProtocol.Udp, [2222], null, () => new CipIoParser()),
        new("opcua", TransportProtocol.Tcp, [4840], OpcUaReader.Looks, () => new OpcUaParser()),
        new("bacnet", TransportProtocol.Udp, [47808], BvlcReader.Looks, () => new BacnetParser()),
        new("iec104", TransportProtocol.Tcp, [2404], ApciReader.Looks, () => new Iec104Parser()),
        new("modbus", TransportProtocol.Tcp, [502], MbapReader.Looks, () => new ModbusParser()),
    ];
}
