using Vigil.Protocols.Framing;
using Vigil.Protocols.Mms;
using Vigil.Protocols.S7;

namespace Vigil.Protocols.Iso;

/// <summary>
/// ISO-on-TCP (port 102) for one flow: TPKT frames, COTP DT reassembly per direction, and each
/// complete TSDU handed to S7comm (0x32), S7comm-plus (0x72) or the ISO session/MMS reader. The
/// flow's service is set to what the first TSDU turns out to be ("s7comm", "s7commplus", "mms").
/// </summary>
public sealed class IsoTransportParser : FramedStreamParser
{
    /// <summary>Largest reassembled TSDU kept; S7 PDUs are under 1 KiB, MMS PDUs rarely over 64 KiB.</summary>
    public const int MaxTsduBytes = 64 * 1024;

    private readonly DirectionBuffer _originatorTsdu = new();
    private readonly DirectionBuffer _responderTsdu = new();
    private readonly S7Session _s7 = new();

    /// <inheritdoc />
    protected override string Protocol => "cotp";

    /// <inheritdoc />
    protected override int MaxFrameBytes => ushort.MaxValue;

    /// <summary>Bytes held for incomplete TPKT frames and for TSDUs split over several DT TPDUs.</summary>
    public override int BufferedBytes => base.BufferedBytes + _originatorTsdu.Count + _responderTsdu.Count;

    /// <inheritdoc />
    protected override FrameStatus ReadFrameLength(ReadOnlySpan<byte> input, out int frameLength) =>
        TpktReader.ReadLength(input, out frameLength);

    /// <inheritdoc />
    public override void OnGap(Direction direction)
    {
        base.OnGap(direction);
        Tsdu(direction).Clear();
    }

    /// <inheritdoc />
    protected override void OnFrame(Direction direction, ReadOnlySpan<byte> frame, long timestampNs, FlowFacts facts)
    {
        if (!CotpReader.TryRead(frame[TpktReader.HeaderLength..], out var pdu))
        {
            facts.AddAnomaly(Protocol, "malformed_tpdu", timestampNs);
            return;
        }
        if (pdu.Type != CotpReader.Data)
        {
            return;
        }
        var tsdu = Tsdu(direction);
        if (!pdu.EndOfTsdu)
        {
            if (tsdu.Count + pdu.UserData.Length > MaxTsduBytes)
            {
                facts.AddAnomaly(Protocol, "oversized_tsdu", timestampNs);
                tsdu.Clear();
                return;
            }
            tsdu.Append(pdu.UserData);
            return;
        }
        if (tsdu.Count == 0)
        {
            OnTsdu(direction, pdu.UserData, timestampNs, facts);
            return;
        }
        tsdu.Append(pdu.UserData);
        OnTsdu(direction, tsdu.Span, timestampNs, facts);
        tsdu.Clear();
    }

    private void OnTsdu(Direction direction, ReadOnlySpan<byte> tsdu, long timestampNs, FlowFacts facts)
    {
        if (tsdu.IsEmpty)
        {
            return;
        }
        switch (tsdu[0])
        {
            case S7PduReader.ProtocolId:
                facts.Service = "s7comm";
                _s7.OnPdu(direction, tsdu, timestampNs, facts);
                break;
            case S7PlusReader.ProtocolId:
                facts.Service = "s7commplus";
                S7PlusReader.Record(tsdu, facts);
                break;
            default:
                if (MmsReader.TryReadConfirmedService(tsdu, out var isMms, out var service))
                {
                    MmsReader.Record(service, facts);
                }
                if (isMms)
                {
                    facts.Service = "mms";
                }
                else
                {
                    facts.AddAnomaly(Protocol, "unknown_payload", timestampNs);
                }
                break;
        }
    }

    private DirectionBuffer Tsdu(Direction direction) =>
        direction == Direction.FromOriginator ? _originatorTsdu : _responderTsdu;
}
