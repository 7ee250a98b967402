using Vigil.Capture.Decoding;

namespace Vigil.Protocols;

/// <summary>
/// The application layer of one flow: picks a parser by the responder port, or by content when
/// the port says nothing, and feeds it. The flow tracker owns one per flow that carries payload.
/// </summary>
public sealed class FlowDissector
{
    /// <summary>Bytes per direction after which an unrecognised flow stops being probed.</summary>
    private const int ProbeBudget = 4096;

    private static readonly IReadOnlyList<ProtocolDescriptor> Catalog = [.. IcsProtocols.All, .. ItProtocols.All];

    private readonly TransportProtocol _transport;
    private readonly ushort _respPort;
    private readonly ushort _origPort;
    private IStreamParser? _parser;
    private int _probedBytes;

    public FlowDissector(TransportProtocol transport, ushort origPort, ushort respPort)
    {
        _transport = transport;
        _origPort = origPort;
        _respPort = respPort;
    }

    public FlowFacts Facts { get; } = new();

    public void Feed(Direction direction, ReadOnlySpan<byte> data, long timestampNs)
    {
        if (data.IsEmpty)
        {
            return;
        }
        if (_parser is null && !TryChooseParser(direction, data))
        {
            return;
        }
        _parser!.Feed(direction, data, timestampNs, Facts);
    }

    public void OnGap(Direction direction) => _parser?.OnGap(direction);

    private bool TryChooseParser(Direction direction, ReadOnlySpan<byte> data)
    {
        if (_probedBytes > ProbeBudget)
        {
            return false;
        }
        _probedBytes += data.Length;
        foreach (var descriptor in Catalog)
        {
            if (descriptor.Transport != _transport)
            {
                continue;
            }
            var portMatches = descriptor.Ports.Contains(_respPort) || descriptor.Ports.Contains(_origPort);
            if (portMatches && (descriptor.Probe is null || descriptor.Probe(direction, data)))
            {
                return Choose(descriptor);
            }
        }
        foreach (var descriptor in Catalog)
        {
            if (descriptor.Transport == _transport && descriptor.Probe is { } probe && probe(direction, data))
            {
                return Choose(descriptor);
            }
        }
        return false;
    }

    private bool Choose(ProtocolDescriptor descriptor)
    {
        _parser = descriptor.CreateParser();
        Facts.Service = descriptor.Name;
        return true;
    }
}
