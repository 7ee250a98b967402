using Vigil.Capture.Decoding;

namespace Vigil.Protocols;

/// <summary>
/// The application layer of one flow: picks a parser by the responder port, or by content when
/// the port says nothing, and feeds it. The flow tracker owns one per flow that carries payload.
/// When a flow on a registered port does not look like that port's protocol, it records a
/// "port_protocol_mismatch" anomaly (e.g. something on 502 that is not Modbus) and goes on
/// looking for the protocol by content.
/// </summary>
public sealed class FlowDissector
{
    /// <summary>Bytes per flow after which an unrecognised flow stops being probed.</summary>
    private const int ProbeBudget = 4096;

    /// <summary>The anomaly kind recorded when a registered port carries something else.</summary>
    public const string PortProtocolMismatch = "port_protocol_mismatch";

    private static readonly IReadOnlyList<ProtocolDescriptor> Catalog = [.. IcsProtocols.All, .. ItProtocols.All];

    private readonly TransportProtocol _transport;
    private readonly ushort _respPort;
    private readonly ushort _origPort;
    private IStreamParser? _parser;
    private int _probedBytes;
    private bool _mismatchRecorded;

    /// <summary>Makes the dissector of one flow.</summary>
    public FlowDissector(TransportProtocol transport, ushort origPort, ushort respPort)
    {
        _transport = transport;
        _origPort = origPort;
        _respPort = respPort;
    }

    /// <summary>What the parsers learned about the flow.</summary>
    public FlowFacts Facts { get; } = new();

    /// <summary>The chosen parser, null until the flow is recognised.</summary>
    public IStreamParser? Parser => _parser;

    /// <summary>Feeds the next bytes of one direction (TCP in order; UDP one datagram per call).</summary>
    public void Feed(Direction direction, ReadOnlySpan<byte> data, long timestampNs)
    {
        if (data.IsEmpty)
        {
            return;
        }
        if (_parser is null && !TryChooseParser(direction, data, timestampNs))
        {
            return;
        }
        _parser!.Feed(direction, data, timestampNs, Facts);
    }

    /// <summary>Bytes of <paramref name="direction"/> were lost.</summary>
    public void OnGap(Direction direction) => _parser?.OnGap(direction);

    private bool TryChooseParser(Direction direction, ReadOnlySpan<byte> data, long timestampNs)
    {
        if (_probedBytes > ProbeBudget)
        {
            return false;
        }
        _probedBytes += data.Length;
        ProtocolDescriptor? registered = null;
        foreach (var descriptor in Catalog)
        {
            if (descriptor.Transport != _transport || !PortMatches(descriptor))
            {
                continue;
            }
            if (descriptor.Probe is null || descriptor.Probe(direction, data))
            {
                return Choose(descriptor);
            }
            registered ??= descriptor;
        }
        foreach (var descriptor in Catalog)
        {
            if (descriptor.Transport == _transport && descriptor.Probe is { } probe && probe(direction, data))
            {
                RecordMismatch(registered, timestampNs);
                return Choose(descriptor);
            }
        }
        RecordMismatch(registered, timestampNs);
        return false;
    }

    // The responder port decides; the originator port only for UDP, where both ends often use the
    // registered port (BACnet 47808, DNP3 20000) and the first datagram's sender is the originator.
    private bool PortMatches(ProtocolDescriptor descriptor) =>
        descriptor.Ports.Contains(_respPort) || (_transport == TransportProtocol.Udp && descriptor.Ports.Contains(_origPort));

    private void RecordMismatch(ProtocolDescriptor? registered, long timestampNs)
    {
        if (registered is not null && !_mismatchRecorded)
        {
            _mismatchRecorded = true;
            Facts.AddAnomaly(registered.Name, PortProtocolMismatch, timestampNs);
        }
    }

    private bool Choose(ProtocolDescriptor descriptor)
    {
        _parser = descriptor.CreateParser();
        Facts.Service = descriptor.Name;
        return true;
    }
}
