using Vigil.Protocols.Framing;

namespace Vigil.Protocols.Enip;

/// <summary>
/// EtherNet/IP for one flow (TCP 44818, or UDP 44818 datagrams). Encapsulation commands sent by
/// the originator count <c>enip/&lt;command&gt;</c>; CIP requests inside SendRRData/SendUnitData
/// count through <see cref="CipRecorder"/> in either direction (the service byte says request);
/// a ListIdentity reply fills the responder identity.
/// </summary>
public sealed class EnipParser : FramedStreamParser
{
    private static readonly KeyTable Commands = new("enip/");

    /// <inheritdoc />
    protected override string Protocol => "enip";

    /// <inheritdoc />
    protected override int MaxFrameBytes => EnipReader.MaxFrameLength;

    /// <inheritdoc />
    protected override FrameStatus ReadFrameLength(ReadOnlySpan<byte> input, out int frameLength) =>
        EnipReader.ReadLength(input, out frameLength);

    /// <inheritdoc />
    protected override void OnFrame(Direction direction, ReadOnlySpan<byte> frame, long timestampNs, FlowFacts facts)
    {
        if (!EnipReader.TryRead(frame, out var command, out var data))
        {
            return;
        }
        if (direction == Direction.FromOriginator)
        {
            facts.AddOperation(Commands[command]);
        }
        if (command is EnipReader.SendRRData or EnipReader.SendUnitData)
        {
            // Interface handle(4) and timeout(2) precede the CPF list.
            if (data.Length < 6 || !RecordCip(data[6..], facts))
            {
                facts.AddAnomaly(Protocol, "malformed_cip", timestampNs);
            }
        }
        else if (command == EnipReader.ListIdentity && direction == Direction.FromResponder
            && ListIdentityReader.TryRead(data, out var identity))
        {
            facts.ResponderIdentity = identity;
        }
    }

    private static bool RecordCip(ReadOnlySpan<byte> cpf, FlowFacts facts)
    {
        var items = new CpfReader(cpf);
        var ok = true;
        while (items.TryNext(out var item))
        {
            if (item.Type == CpfReader.UnconnectedData)
            {
                ok &= CipRecorder.Record(item.Data, facts);
            }
            else if (item.Type == CpfReader.ConnectedData && item.Data.Length >= 2)
            {
                // Connected data starts with a 16-bit sequence count.
                ok &= CipRecorder.Record(item.Data[2..], facts);
            }
        }
        return ok && !items.Malformed;
    }
}
