using Vigil.Protocols.Goose;
using static Vigil.Protocols.Tests.Harness.Bytes;

namespace Vigil.Protocols.Tests.Goose;

public class GooseReaderTests
{
    [Fact]
    public void Reads_the_goose_header_fields()
    {
        // APPID 0001 | length 0027 | reserved 0000 0000 | 61 1D goosePdu:
        // 80 04 "CB/1" gocbRef | 81 02 07 D0 TTL | 82 02 "DS" datSet | 85 01 05 stNum | 86 01 2A sqNum
        // | 87 01 00 simulation | 88 01 01 confRev | 8A 01 03 numDatSetEntries
        var frame = Hex("00 01 00 27 00 00 00 00 | 61 1D | 80 04 43 42 2F 31 | 81 02 07 D0 | 82 02 44 53 | 85 01 05 | 86 01 2A | 87 01 00 | 88 01 01 | 8A 01 03");

        Assert.True(GooseReader.TryRead(frame, out var message));
        Assert.Equal(1, message!.AppId);
        Assert.Equal("CB/1", message.ControlBlockReference);
        Assert.Equal("DS", message.DataSet);
        Assert.Equal(5, message.StateNumber);
        Assert.Equal(42, message.SequenceNumber);
        Assert.Equal(3, message.EntryCount);
    }

    [Fact]
    public void Truncated_frames_are_rejected()
    {
        Assert.False(GooseReader.TryRead(Hex("00 01 00 28 00 00 00 00 61 20 80"), out _));
        Assert.False(GooseReader.TryRead(Hex("00 01"), out _));
    }
}
