using System.Buffers.Binary;
using Vigil.Capture.Decoding;
using Vigil.Protocols;

namespace Vigil.Fuzz.Targets;

/// <summary>
/// The application-layer targets: one per parser of the protocol catalog (every
/// <see cref="ProtocolDescriptor"/> of <see cref="IcsProtocols"/> and <see cref="ItProtocols"/>, so a
/// dissector registered there is fuzzed with no further line), fed both directions chunk by chunk
/// (<see cref="ChunkedInput"/>), and the whole <see cref="FlowDissector"/> per transport, which also
/// fuzzes the choice of parser by port and by content probe.
/// </summary>
internal static class ProtocolTargets
{
    /// <summary>Bytes before the chunks of a whole-flow input: originator port (2) | responder port (2), big-endian.</summary>
    public const int FlowHeaderLength = 4;

    /// <summary>The catalog the dissector chooses from, in its order.</summary>
    public static IReadOnlyList<ProtocolDescriptor> Catalog { get; } = [.. IcsProtocols.All, .. ItProtocols.All];

    /// <summary>Every parser target, then "flow-tcp" and "flow-udp".</summary>
    public static IReadOnlyList<HarnessTarget> All { get; } =
    [
        .. Catalog.Select(d => new HarnessTarget(NameOf(d), $"{d.Name} parser over {Transport(d.Transport)} (ports {string.Join(',', d.Ports)}), chunks of both directions", input => FeedParser(d.CreateParser(), input))),
        new("flow-tcp", "FlowDissector over TCP: orig port (2) | resp port (2) | chunks; picks a parser by port or probe", input => FeedFlow(TransportProtocol.Tcp, input)),
        new("flow-udp", "FlowDissector over UDP: orig port (2) | resp port (2) | chunks (one datagram each)", input => FeedFlow(TransportProtocol.Udp, input)),
    ];

    /// <summary>
    /// The target name of a descriptor: "&lt;service&gt;-&lt;transport&gt;", with the first port appended
    /// when the catalog has two parsers for the same service and transport (ENIP's UDP 44818 and 2222).
    /// </summary>
    public static string NameOf(ProtocolDescriptor descriptor)
    {
        var name = $"{descriptor.Name}-{Transport(descriptor.Transport)}";
        var shared = Catalog.Count(d => d.Name == descriptor.Name && d.Transport == descriptor.Transport) > 1;
        return shared ? $"{name}-{descriptor.Ports[0]}" : name;
    }

    /// <summary>The parser target for what a dissector chose on a flow of <paramref name="transport"/>, or null.</summary>
    public static string? NameOf(TransportProtocol transport, IStreamParser parser)
    {
        var descriptor = Catalog.FirstOrDefault(d => d.Transport == transport && d.CreateParser().GetType() == parser.GetType());
        return descriptor is null ? null : NameOf(descriptor);
    }

    /// <summary>The whole-flow target of a transport.</summary>
    public static string FlowTargetOf(TransportProtocol transport) => $"flow-{Transport(transport)}";

    private static string Transport(TransportProtocol transport) => transport.ToString().ToLowerInvariant();

    private static void FeedParser(IStreamParser parser, byte[] input)
    {
        var facts = new FlowFacts();
        var offset = 0;
        var index = 0;
        while (ChunkedInput.TryRead(input, ref offset, ref index, out var chunk))
        {
            if (chunk.GapBefore)
            {
                parser.OnGap(chunk.Direction);
            }
            if (!chunk.Data.IsEmpty)
            {
                parser.Feed(chunk.Direction, chunk.Data, chunk.TimestampNs, facts);
            }
        }
    }

    private static void FeedFlow(TransportProtocol transport, byte[] input)
    {
        if (input.Length < FlowHeaderLength)
        {
            return;
        }
        var origPort = BinaryPrimitives.ReadUInt16BigEndian(input);
        var respPort = BinaryPrimitives.ReadUInt16BigEndian(input.AsSpan(2));
        var dissector = new FlowDissector(transport, origPort, respPort);
        var chunks = input.AsSpan(FlowHeaderLength);
        var offset = 0;
        var index = 0;
        while (ChunkedInput.TryRead(chunks, ref offset, ref index, out var chunk))
        {
            if (chunk.GapBefore)
            {
                dissector.OnGap(chunk.Direction);
            }
            dissector.Feed(chunk.Direction, chunk.Data, chunk.TimestampNs);
        }
    }
}
