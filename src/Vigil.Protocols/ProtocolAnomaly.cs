namespace Vigil.Protocols;

/// <summary>Something on the wire that broke its protocol's rules, kept instead of throwing.</summary>
/// <param name="Protocol">The protocol whose parser saw it, e.g. "modbus".</param>
/// <param name="Kind">A stable short name, e.g. "invalid_length", "unsolicited_response".</param>
/// <param name="TimestampNs">Capture time of the packet that carried it.</param>
public sealed record ProtocolAnomaly(string Protocol, string Kind, long TimestampNs);
