using System.Buffers.Binary;
using Vigil.Capture.Files;
using Vigil.Capture.Tests.Fixtures;

namespace Vigil.Capture.Tests.Files;

public sealed class ReaderErrorTests
{
    private static readonly byte[] Frame = Frames.EthernetTcp(new byte[20]); // 74 bytes

    [Fact]
    public void Truncated_last_record_returns_earlier_frames_and_warns()
    {
        var whole = WritePcap(3);
        using var file = TempFile.WithBytes(whole[..^20]); // the third record loses 20 of its 74 data bytes

        var frames = Captures.ReadAll(file.Path, 1 << 20, out var warnings);

        Assert.Equal(2, frames.Count);
        var warning = Assert.Single(warnings);
        var thirdRecord = 24 + 2 * (16 + Frame.Length);
        Assert.Equal($"truncated record at byte {thirdRecord}: {16 + Frame.Length - 20} of {16 + Frame.Length} bytes; stopped", warning);
    }

    [Fact]
    public void Truncated_record_header_warns()
    {
        using var file = TempFile.WithBytes(WritePcap(1).Concat(new byte[10]).ToArray());

        var frames = Captures.ReadAll(file.Path, 1 << 20, out var warnings);

        Assert.Single(frames);
        Assert.StartsWith("truncated record header at byte", Assert.Single(warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Nonsense_record_length_stops_with_a_warning()
    {
        var bytes = WritePcap(2);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(24 + 16 + Frame.Length + 8), 0x7FFF_0000); // second incl_len

        var frames = ReadWith(bytes, out var warnings);

        Assert.Single(frames);
        Assert.Contains("corrupt record", Assert.Single(warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Garbage_file_is_a_clear_format_error()
    {
        using var file = TempFile.WithBytes("GET / HTTP/1.1\r\nHost: plc\r\n\r\n"u8.ToArray());

        var error = Assert.Throws<CaptureFormatException>(() => CaptureFileReader.Open(file.Path));

        Assert.Equal($"{file.Path} is not a pcap or pcapng capture (starts with 0x474554202F204854)", error.Message);
    }

    [Fact]
    public void Empty_file_is_a_clear_format_error()
    {
        using var file = TempFile.WithBytes([]);

        var error = Assert.Throws<CaptureFormatException>(() => CaptureFileReader.Open(file.Path));

        Assert.Contains("is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pcap_header_cut_short_is_a_clear_format_error()
    {
        using var file = TempFile.WithBytes(WritePcap(0)[..10]);

        var error = Assert.Throws<CaptureFormatException>(() => CaptureFileReader.Open(file.Path));

        Assert.Contains("too short", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_and_directory_are_clear_format_errors()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"vigil-missing-{Guid.NewGuid():N}.pcap");

        Assert.Equal($"{missing}: file not found", Assert.Throws<CaptureFormatException>(() => CaptureFileReader.Open(missing)).Message);
        Assert.Contains("is a directory", Assert.Throws<CaptureFormatException>(() => CaptureFileReader.Open(Path.GetTempPath())).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(13)] // not a multiple of 4
    [InlineData(8)] // smaller than the 12-byte block frame
    [InlineData(0x7FFF_FFF0)] // far larger than any block
    public void Corrupt_pcapng_block_length_stops_with_a_warning(uint badLength)
    {
        var good = new PcapngBuilder().Section().Interface(LinkType.Ethernet).Enhanced(0, 1, Frame).ToArray();
        var bad = new byte[12];
        BinaryPrimitives.WriteUInt32LittleEndian(bad, 6); // block type: EPB
        BinaryPrimitives.WriteUInt32LittleEndian(bad.AsSpan(4), badLength); // total length
        var frames = ReadWith(good.Concat(bad).ToArray(), out var warnings, ".pcapng");

        Assert.Single(frames);
        Assert.Equal($"corrupt block at byte {good.Length}: block length {badLength}; no good record follows it; stopped", Assert.Single(warnings));
    }

    [Fact]
    public void A_corrupt_pcap_block_in_the_middle_is_skipped_and_the_rest_is_read()
    {
        var bytes = WritePcap(10);
        var fourth = 24 + 3 * (16 + Frame.Length);
        new Random(5).NextBytes(bytes.AsSpan(fourth, 2 * (16 + Frame.Length) + 7)); // records 4 and 5, and 7 bytes of 6
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(fourth + 8), 0x7FFF_0000); // so that record 4 is seen to be corrupt

        var frames = ReadWith(bytes, out var warnings);

        Assert.Equal(7, frames.Count); // 1-3 and 7-10: the damaged 6th is lost with 4 and 5
        var sixth = 24 + 6 * (16 + Frame.Length);
        Assert.Equal($"corrupt record at byte {fourth}: captured length {0x7FFF_0000} exceeds 262144; skipped {sixth - fourth} bytes to the next good record at byte {sixth}",
            Assert.Single(warnings));
    }

    [Fact]
    public void A_corrupt_pcapng_block_in_the_middle_is_skipped_and_the_rest_is_read()
    {
        var builder = new PcapngBuilder().Section().Interface(LinkType.Ethernet);
        for (var i = 0; i < 10; i++)
        {
            builder.Enhanced(0, (ulong)i, Frame);
        }
        var bytes = builder.ToArray();
        var one = new PcapngBuilder().Section().Interface(LinkType.Ethernet).Enhanced(0, 0, Frame).ToArray().Length
            - new PcapngBuilder().Section().Interface(LinkType.Ethernet).ToArray().Length;
        var fourth = bytes.Length - 7 * one;
        new Random(6).NextBytes(bytes.AsSpan(fourth, one + 9)); // the 4th block and the start of the 5th

        var frames = ReadWith(bytes, out var warnings, ".pcapng");

        Assert.Equal(8, frames.Count);
        var warning = Assert.Single(warnings);
        Assert.StartsWith($"corrupt block at byte {fourth}", warning, StringComparison.Ordinal);
        Assert.EndsWith($"skipped {2 * one} bytes to the next good record at byte {fourth + 2 * one}", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_corrupt_regions_are_each_skipped_with_a_bounded_number_of_warnings()
    {
        // Every third record is damaged: the reader skips each, warns for the first ten and counts the rest.
        var bytes = WritePcap(42);
        for (var i = 1; i < 42; i += 3)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(24 + i * (16 + Frame.Length) + 8), 0x7FFF_0000);
        }
        using var file = TempFile.WithBytes(bytes);
        using var reader = CaptureFileReader.Open(file.Path);
        var read = 0;
        while (reader.TryRead(out _))
        {
            read++;
        }

        Assert.Equal(28, read);
        Assert.Equal(14, reader.CorruptRegionsSkipped);
        Assert.Equal(11, reader.Warnings.Count);
        Assert.Equal(reader.Length, reader.Position);
    }

    [Fact]
    public void Pcapng_trailing_length_mismatch_stops_with_a_warning()
    {
        var bytes = new PcapngBuilder().Section().Interface(LinkType.Ethernet).Enhanced(0, 1, Frame).Enhanced(0, 2, Frame).ToArray();
        bytes[^4] ^= 0x10; // the second EPB's trailing length no longer matches its leading one

        var frames = ReadWith(bytes, out var warnings, ".pcapng");

        Assert.Single(frames);
        Assert.Contains("trailing length", Assert.Single(warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_pcapng_block_warns()
    {
        var bytes = new PcapngBuilder().Section().Interface(LinkType.Ethernet).Enhanced(0, 1, Frame).Enhanced(0, 2, Frame).ToArray();

        var frames = ReadWith(bytes[..^30], out var warnings, ".pcapng");

        Assert.Single(frames);
        Assert.StartsWith("truncated block at byte", Assert.Single(warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Pcapng_with_a_bad_byte_order_magic_is_a_format_error()
    {
        var bytes = new PcapngBuilder().Section().ToArray();
        bytes[8] = 0x00;
        using var file = TempFile.WithBytes(bytes, ".pcapng");

        Assert.Contains("byte-order magic", Assert.Throws<CaptureFormatException>(() => CaptureFileReader.Open(file.Path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_bytes_after_a_valid_header_never_throw()
    {
        var random = new Random(1234);
        for (var i = 0; i < 200; i++)
        {
            var tail = new byte[random.Next(0, 400)];
            random.NextBytes(tail);
            var header = i % 2 == 0 ? WritePcap(0) : new PcapngBuilder().Section().Interface(LinkType.Ethernet).ToArray();
            ReadWith(header.Concat(tail).ToArray(), out _, i % 2 == 0 ? ".pcap" : ".pcapng", bufferSize: 32);
        }
    }

    private static byte[] WritePcap(int count)
    {
        using var stream = new MemoryStream();
        using (var writer = new PcapWriter(stream, LinkType.Ethernet))
        {
            for (var i = 0; i < count; i++)
            {
                writer.Write(1_700_000_000_000_000_000 + i, Frame);
            }
            return stream.ToArray();
        }
    }

    private static List<Captures.Frame> ReadWith(byte[] bytes, out IReadOnlyList<string> warnings, string extension = ".pcap", int bufferSize = 1 << 20)
    {
        using var file = TempFile.WithBytes(bytes, extension);
        return Captures.ReadAll(file.Path, bufferSize, out warnings);
    }
}
