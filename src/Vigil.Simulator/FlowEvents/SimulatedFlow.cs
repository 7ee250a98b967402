using Vigil.Capture.Decoding;

namespace Vigil.Simulator.FlowEvents;

/// <summary>One connection summary (Zeek conn.log style), generated without packets for scale work.</summary>
/// <param name="TimestampNs">Start of the connection (ns since the Unix epoch).</param>
/// <param name="Source">Originator.</param>
/// <param name="Destination">Responder.</param>
/// <param name="SourcePort">Originator port.</param>
/// <param name="DestinationPort">Responder port.</param>
/// <param name="Protocol">TCP or UDP.</param>
/// <param name="Vlan">VLAN of the originator.</param>
/// <param name="BytesToServer">Payload bytes originator → responder.</param>
/// <param name="BytesToClient">Payload bytes responder → originator.</param>
/// <param name="Packets">Packets both ways.</param>
/// <param name="State">Zeek connection state: "SF" (normal), "S0" (no reply), "REJ" (rejected).</param>
/// <param name="Service">Application protocol name ("s7comm", "modbus", "dns", "ssl", …).</param>
public readonly record struct SimulatedFlow(
    long TimestampNs,
    NetAddress Source,
    NetAddress Destination,
    ushort SourcePort,
    ushort DestinationPort,
    TransportProtocol Protocol,
    ushort Vlan,
    long BytesToServer,
    long BytesToClient,
    int Packets,
    string State,
    string Service);
