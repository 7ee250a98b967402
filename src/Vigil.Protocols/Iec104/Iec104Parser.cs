using Vigil.Protocols.Framing;

namespace Vigil.Protocols.Iec104;

/// <summary>
/// IEC 60870-5-104 for one flow. A "request" is what the controlling station sends: the TCP
/// originator (the master connects to the outstation's port 2404). Its I-frames count
/// <c>iec104/&lt;type id&gt;</c> (commands are 45–64, system commands 100–107) and its U-frame
/// activations <c>iec104/u/&lt;control byte&gt;</c> (7 STARTDT, 19 STOPDT, 67 TESTFR). Monitor-
/// direction ASDUs from the outstation are not counted.
/// </summary>
public sealed class Iec104Parser : FramedStreamParser
{
    private static readonly KeyTable TypeIds = new("iec104/");
    private static readonly KeyTable UFrames = new("iec104/u/");

    /// <inheritdoc />
    protected override string Protocol => "iec104";

    /// <inheritdoc />
    protected override int MaxFrameBytes => ApciReader.MaxFrameLength;

    /// <inheritdoc />
    protected override FrameStatus ReadFrameLength(ReadOnlySpan<byte> input, out int frameLength) =>
        ApciReader.ReadLength(input, out frameLength);

    /// <inheritdoc />
    protected override int FindResync(ReadOnlySpan<byte> input)
    {
        var next = input[1..].IndexOf(ApciReader.Start);
        return next < 0 ? -1 : next + 1;
    }

    /// <inheritdoc />
    protected override void OnFrame(Direction direction, ReadOnlySpan<byte> frame, long timestampNs, FlowFacts facts)
    {
        var control = frame[2];
        if ((control & 0x01) == 0)
        {
            // I-frame: the ASDU follows the 4 control bytes. Its header is type id, VSQ, COT,
            // originator address and a 2-byte common address; a shorter ASDU is still counted by its type.
            if (frame.Length < 12)
            {
                facts.AddAnomaly(Protocol, "short_asdu", timestampNs);
            }
            if (frame.Length < 7)
            {
                return;
            }
            if (direction == Direction.FromOriginator)
            {
                facts.AddOperation(TypeIds[frame[6]]);
            }
        }
        else if ((control & 0x03) == 0x03)
        {
            if (control is not (0x07 or 0x0B or 0x13 or 0x23 or 0x43 or 0x83))
            {
                facts.AddAnomaly(Protocol, "invalid_u_frame", timestampNs);
            }
            else if (direction == Direction.FromOriginator && control is 0x07 or 0x13 or 0x43)
            {
                facts.AddOperation(UFrames[control]);
            }
        }
    }
}
