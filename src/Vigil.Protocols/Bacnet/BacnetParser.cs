using Vigil.Protocols.Framing;

namespace Vigil.Protocols.Bacnet;

/// <summary>
/// BACnet/IP for one UDP flow (one datagram per <see cref="Feed"/>). The APDU type says what is a
/// request, in either direction: confirmed requests count <c>bacnet/confirmed/&lt;service&gt;</c>
/// (a segmented request once, on its first segment), unconfirmed requests (Who-Is, I-Am, ...)
/// <c>bacnet/unconfirmed/&lt;service&gt;</c>, network-layer messages <c>bacnet/network/&lt;type&gt;</c>.
/// </summary>
public sealed class BacnetParser : IStreamParser
{
    private static readonly KeyTable Confirmed = new("bacnet/confirmed/");
    private static readonly KeyTable Unconfirmed = new("bacnet/unconfirmed/");
    private static readonly KeyTable Network = new("bacnet/network/");

    /// <inheritdoc />
    public void Feed(Direction direction, ReadOnlySpan<byte> data, long timestampNs, FlowFacts facts)
    {
        if (!BvlcReader.TryRead(data, out _, out var npdu))
        {
            facts.AddAnomaly("bacnet", "malformed_bvlc", timestampNs);
            return;
        }
        if (npdu.IsEmpty)
        {
            return;
        }
        if (!NpduReader.TryRead(npdu, out var networkMessage, out var apdu))
        {
            facts.AddAnomaly("bacnet", "malformed_npdu", timestampNs);
            return;
        }
        if (networkMessage >= 0)
        {
            facts.AddOperation(Network[networkMessage]);
            return;
        }
        if (!ApduReader.TryRead(apdu, out var pduType, out var service, out var segment))
        {
            facts.AddAnomaly("bacnet", "malformed_apdu", timestampNs);
            return;
        }
        if (pduType == ApduReader.ConfirmedRequest && segment <= 0)
        {
            facts.AddOperation(Confirmed[service]);
        }
        else if (pduType == ApduReader.UnconfirmedRequest)
        {
            facts.AddOperation(Unconfirmed[service]);
        }
    }

    /// <inheritdoc />
    public void OnGap(Direction direction)
    {
    }
}
