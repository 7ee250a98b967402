using System.Buffers.Binary;
using Vigil.Capture.Files;
using Vigil.Capture.Tests.Fixtures;

namespace Vigil.Capture.Tests.Files;

public sealed class PcapReaderTests
{
    private const long T0 = 1_700_000_000_123_456_789; // 2023-11-14T22:13:20.123456789Z

    [Theory]
    [InlineData(false, 1_700_000_000_123_456_000)] // microsecond file: the last three digits are lost
    [InlineData(true, T0)]
    public void Reads_frames_and_timestamps_of_microsecond_and_nanosecond_files(bool nanoseconds, long expectedFirst)
    {
        using var file = new TempFile();
        using (var writer = PcapWriter.Create(file.Path, LinkType.Ethernet, nanoseconds))
        {
            writer.Write(T0, Frames.EthernetTcp([1, 2, 3]));
            writer.Write(T0 + 1_000_000_000, Frames.EthernetArp(), originalLength: 64);
        }

        using var reader = CaptureFileReader.Open(file.Path);
        Assert.True(reader.TryRead(out var first));
        Assert.Equal(expectedFirst, first.TimestampNs);
        Assert.Equal(LinkType.Ethernet, first.LinkType);
        Assert.Equal(Frames.EthernetTcp([1, 2, 3]), first.Data.ToArray());
        Assert.True(reader.TryRead(out var second));
        Assert.Equal(expectedFirst + 1_000_000_000, second.TimestampNs);
        Assert.Equal(64, second.OriginalLength);
        Assert.Equal(60, second.Data.Length);
        Assert.False(reader.TryRead(out _));
        Assert.False(reader.TryRead(out _)); // stays ended
        Assert.Equal(2, reader.FramesRead);
        Assert.Empty(reader.Warnings);
        Assert.Equal(reader.Length, reader.Position);
    }

    [Fact]
    public void Reads_a_big_endian_file()
    {
        var frame = Frames.EthernetTcp([0xAA]);
        var bytes = new byte[24 + 16 + frame.Length];
        var span = bytes.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, 0xA1B2C3D4); // magic, written big-endian
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], 2); // version major
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], 4); // version minor
        BinaryPrimitives.WriteUInt32BigEndian(span[16..], 65535); // snaplen (thiszone, sigfigs zero)
        BinaryPrimitives.WriteUInt32BigEndian(span[20..], 101); // link type: raw IP
        BinaryPrimitives.WriteUInt32BigEndian(span[24..], 1_600_000_000); // ts_sec
        BinaryPrimitives.WriteUInt32BigEndian(span[28..], 999_999); // ts_usec
        BinaryPrimitives.WriteUInt32BigEndian(span[32..], (uint)frame.Length); // incl_len
        BinaryPrimitives.WriteUInt32BigEndian(span[36..], 1500); // orig_len
        frame.CopyTo(bytes, 40);
        using var file = TempFile.WithBytes(bytes);

        var frames = Captures.ReadAll(file.Path);

        var only = Assert.Single(frames);
        Assert.Equal(1_600_000_000_999_999_000, only.TimestampNs);
        Assert.Equal(LinkType.Raw, only.LinkType);
        Assert.Equal(1500, only.OriginalLength);
        Assert.Equal(frame, only.Data);
    }

    [Fact]
    public void Unknown_link_type_is_read_as_is()
    {
        using var file = new TempFile();
        using (var writer = PcapWriter.Create(file.Path, (LinkType)147)) // LINKTYPE_USER0
        {
            writer.Write(T0, [1, 2, 3, 4]);
        }

        var only = Assert.Single(Captures.ReadAll(file.Path));
        Assert.Equal((LinkType)147, only.LinkType);
    }

    [Theory]
    [InlineData(16)] // smaller than a record: the buffer must grow
    [InlineData(61)] // an odd size: records straddle every refill boundary
    [InlineData(1 << 20)]
    public void Every_buffer_size_reads_the_same_frames(int bufferSize)
    {
        using var file = new TempFile();
        var expected = new List<byte[]>();
        using (var writer = PcapWriter.Create(file.Path, LinkType.Ethernet, nanoseconds: true))
        {
            for (var i = 0; i < 300; i++)
            {
                var frame = Frames.EthernetTcp(Enumerable.Repeat((byte)i, i % 50).ToArray());
                expected.Add(frame);
                writer.Write(T0 + i, frame);
            }
        }

        var frames = Captures.ReadAll(file.Path, bufferSize, out var warnings);

        Assert.Empty(warnings);
        Assert.Equal(expected, frames.Select(f => f.Data));
        Assert.Equal(Enumerable.Range(0, 300).Select(i => T0 + i), frames.Select(f => f.TimestampNs));
    }

    [Fact]
    public void A_frame_larger_than_the_buffer_grows_it()
    {
        using var file = new TempFile();
        var jumbo = new byte[3 << 20];
        new Random(7).NextBytes(jumbo);
        using (var stream = File.Create(file.Path))
        using (var writer = new PcapWriter(stream, LinkType.Ethernet, snapLength: 4 << 20))
        {
            writer.Write(T0, [1, 2, 3]);
            writer.Write(T0, jumbo);
            writer.Write(T0, [4, 5, 6]);
        }

        var frames = Captures.ReadAll(file.Path, 1 << 20, out var warnings);

        Assert.Empty(warnings);
        Assert.Equal(3, frames.Count);
        Assert.Equal(jumbo, frames[1].Data);
        Assert.Equal([4, 5, 6], frames[2].Data);
    }
}
