using Vigil.Capture.Decoding;
using Vigil.Protocols;

namespace Vigil.Flows;

/// <summary>
/// Hands one flow's payload to its application dissector, in order, within a per-direction byte
/// budget. Past the budget only ICS flows keep being dissected: their commands matter for the whole
/// life of the connection, while a bulk IT transfer says all it has to say in its first megabyte.
/// </summary>
internal sealed class FlowPayload
{
    private readonly FlowDissector _dissector;
    private readonly long _budget;
    private readonly ushort _respPort;
    private long _origFed;
    private long _respFed;
    private bool? _exempt;

    public FlowPayload(TransportProtocol transport, ushort origPort, ushort respPort, long budget)
    {
        _dissector = new FlowDissector(transport, origPort, respPort);
        _budget = budget;
        _respPort = respPort;
    }

    public FlowFacts Facts => _dissector.Facts;

    /// <summary>
    /// Delivers <paramref name="take"/> new stream bytes that start <paramref name="skip"/> bytes into
    /// the segment; <paramref name="captured"/> may be shorter than the segment when the snap length
    /// cut it, and the missing tail is reported as a gap.
    /// </summary>
    public void Deliver(Direction direction, ReadOnlySpan<byte> captured, int skip, int take, bool gapBefore, long timestampNs)
    {
        ref var fed = ref direction == Direction.FromOriginator ? ref _origFed : ref _respFed;
        if (fed >= _budget && !IsExempt())
        {
            return;
        }
        if (gapBefore)
        {
            _dissector.OnGap(direction);
        }
        var available = Math.Min(take, captured.Length - skip);
        if (available > 0)
        {
            _dissector.Feed(direction, captured.Slice(skip, available), timestampNs);
            fed += available;
        }
        if (available < take)
        {
            _dissector.OnGap(direction);
        }
    }

    // Decided once, when the budget is first reached: by then the service is known if it ever will be.
    private bool IsExempt() => _exempt ??= IsIcs(Facts.Service, _respPort);

    private static bool IsIcs(string? service, ushort respPort)
    {
        foreach (var descriptor in IcsProtocols.All)
        {
            if (descriptor.Name == service || descriptor.Ports.Contains(respPort))
            {
                return true;
            }
        }
        return false;
    }
}
