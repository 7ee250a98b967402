using Vigil.Capture.Decoding;

namespace Vigil.Protocols;

/// <summary>
/// How to recognise one application protocol and make its parser: its transport, its usual
/// (server) ports, and an optional content probe for finding it on other ports.
/// </summary>
/// <param name="Name">The service name reported on flows, e.g. "modbus".</param>
/// <param name="Transport">TCP or UDP.</param>
/// <param name="Ports">The responder ports the protocol is registered on.</param>
/// <param name="Probe">Recognises the protocol from content; null when only the port tells.</param>
/// <param name="CreateParser">Makes a parser for one flow.</param>
public sealed record ProtocolDescriptor(
    string Name,
    TransportProtocol Transport,
    IReadOnlyList<ushort> Ports,
    ContentProbe? Probe,
    Func<IStreamParser> CreateParser);
