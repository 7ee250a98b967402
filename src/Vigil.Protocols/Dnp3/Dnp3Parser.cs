using Vigil.Protocols.Framing;

namespace Vigil.Protocols.Dnp3;

/// <summary>
/// DNP3 for one flow (TCP stream or UDP datagrams): link frames with CRCs checked and stripped,
/// transport reassembly per direction, then application requests (function &lt; 0x81) counted as
/// <c>dnp3/&lt;function&gt;</c> plus <c>dnp3/group/&lt;group&gt;</c> for the first object header.
/// A failed data CRC is an anomaly ("bad_crc") and drops the frame's segment; a failed header CRC
/// ("malformed_frame") makes the length untrustworthy, so the reader scans on to the next 05 64.
/// </summary>
public sealed class Dnp3Parser : FramedStreamParser
{
    private const byte PrimaryBit = 0x40;
    private const byte ConfirmedUserData = 3;
    private const byte UnconfirmedUserData = 4;

    private static readonly KeyTable Functions = new("dnp3/");
    private static readonly KeyTable Groups = new("dnp3/group/");

    private readonly Dnp3TransportReassembler _fromOriginator = new();
    private readonly Dnp3TransportReassembler _fromResponder = new();

    /// <inheritdoc />
    protected override string Protocol => "dnp3";

    /// <inheritdoc />
    protected override int MaxFrameBytes => Dnp3LinkReader.MaxFrameLength;

    /// <inheritdoc />
    public override int BufferedBytes => base.BufferedBytes + _fromOriginator.BufferedBytes + _fromResponder.BufferedBytes;

    /// <inheritdoc />
    protected override FrameStatus ReadFrameLength(ReadOnlySpan<byte> input, out int frameLength) =>
        Dnp3LinkReader.ReadLength(input, out frameLength);

    /// <inheritdoc />
    protected override int FindResync(ReadOnlySpan<byte> input)
    {
        var next = input[1..].IndexOf((ReadOnlySpan<byte>)[0x05, 0x64]);
        return next < 0 ? -1 : next + 1;
    }

    /// <inheritdoc />
    public override void OnGap(Direction direction)
    {
        base.OnGap(direction);
        Reassembler(direction).Reset();
    }

    /// <inheritdoc />
    protected override void OnFrame(Direction direction, ReadOnlySpan<byte> frame, long timestampNs, FlowFacts facts)
    {
        Span<byte> userData = stackalloc byte[Dnp3LinkReader.MaxUserData];
        if (!Dnp3LinkReader.TryRead(frame, userData, out var control, out var userLength, out var crcOk))
        {
            return;
        }
        if (!crcOk)
        {
            facts.AddAnomaly(Protocol, "bad_crc", timestampNs);
            return;
        }
        var function = control & 0x0F;
        if ((control & PrimaryBit) == 0 || function is not (ConfirmedUserData or UnconfirmedUserData) || userLength == 0)
        {
            return;
        }
        var reassembler = Reassembler(direction);
        if (reassembler.Add(userData[..userLength], out var fragment, out var overflow))
        {
            OnFragment(fragment, timestampNs, facts);
        }
        else if (overflow)
        {
            facts.AddAnomaly(Protocol, "oversized_fragment", timestampNs);
        }
    }

    private static void OnFragment(ReadOnlySpan<byte> fragment, long timestampNs, FlowFacts facts)
    {
        // Application header: control(1), function(1); responses add IIN(2). Requests then carry
        // object headers: group(1), variation(1), qualifier(1), range...
        if (fragment.Length < 2)
        {
            facts.AddAnomaly("dnp3", "short_fragment", timestampNs);
            return;
        }
        var function = fragment[1];
        if (function >= 0x81)
        {
            return;
        }
        facts.AddOperation(Functions[function]);
        if (fragment.Length >= 5)
        {
            facts.AddOperation(Groups[fragment[2]]);
        }
    }

    private Dnp3TransportReassembler Reassembler(Direction direction) =>
        direction == Direction.FromOriginator ? _fromOriginator : _fromResponder;
}
