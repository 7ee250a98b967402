namespace Vigil.Protocols;

/// <summary>
/// One application protocol's parser for one flow. It is fed each direction's bytes in order
/// (TCP: reassembled, in sequence; UDP: one datagram per call) and writes what it learns into
/// the flow's <see cref="FlowFacts"/>. It never throws on wire data: malformed input becomes an
/// anomaly in the facts, and the parser resynchronises or gives up on the flow.
/// </summary>
public interface IStreamParser
{
    /// <summary>Consumes the next bytes of one direction.</summary>
    void Feed(Direction direction, ReadOnlySpan<byte> data, long timestampNs, FlowFacts facts);

    /// <summary>Bytes of <paramref name="direction"/> were lost (capture drop, out-of-order beyond reach): discard partial PDUs.</summary>
    void OnGap(Direction direction);
}
