using Vigil.Capture.Decoding;

namespace Vigil.Protocols.Tests.Harness;

/// <summary>
/// Test-only packets → flows: groups packets by 5-tuple, decides the originator (the SYN sender, else
/// the side talking to a registered server port, else the first sender), reassembles TCP payload per
/// direction by sequence number (skipping retransmitted bytes, holding a few out-of-order segments)
/// and feeds one <see cref="FlowDissector"/> per flow.
/// </summary>
internal sealed class FlowReplay
{
    private static readonly HashSet<ushort> ServerPorts =
        [.. IcsProtocols.All.SelectMany(d => d.Ports), .. ItProtocols.All.SelectMany(d => d.Ports)];

    private readonly Dictionary<(TransportProtocol, ulong, ulong), ReplayFlow> _flows = [];

    public IReadOnlyCollection<ReplayFlow> Flows => _flows.Values;

    public static FlowReplay Run(string path)
    {
        var replay = new FlowReplay();
        foreach (var (timestamp, frame) in CaptureFile.ReadEthernet(path))
        {
            if (Packet.Decode(frame) is { } packet)
            {
                replay.Add(packet, timestamp);
            }
        }
        foreach (var flow in replay._flows.Values)
        {
            flow.Finish();
        }
        return replay;
    }

    public void Add(Packet packet, long timestampNs)
    {
        var a = ((ulong)packet.SrcIp << 16) | packet.SrcPort;
        var b = ((ulong)packet.DstIp << 16) | packet.DstPort;
        var key = (packet.Transport, Math.Min(a, b), Math.Max(a, b));
        if (!_flows.TryGetValue(key, out var flow))
        {
            var senderIsOriginator = (packet.TcpFlags & 0x3F) == Packet.Syn
                || ServerPorts.Contains(packet.DstPort)
                || !ServerPorts.Contains(packet.SrcPort);
            flow = senderIsOriginator
                ? new ReplayFlow(packet.Transport, a, packet.SrcPort, packet.DstPort)
                : new ReplayFlow(packet.Transport, b, packet.DstPort, packet.SrcPort);
            _flows[key] = flow;
        }
        flow.Add(packet, a == flow.Originator ? Direction.FromOriginator : Direction.FromResponder, timestampNs);
    }
}
