using Vigil.Capture.Files;
using Vigil.Capture.Tests.Fixtures;

namespace Vigil.Capture.Tests.Files;

public sealed class PcapngReaderTests
{
    private static readonly byte[] EthernetFrame = Frames.EthernetTcp([0xC0, 0xFF, 0xEE]);
    private static readonly byte[] RawFrame = Frames.Concat(Frames.IPv4(17, 8), Frames.Udp(5000, 502, 0));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Two_interfaces_with_their_own_link_types_and_resolutions(bool bigEndian)
    {
        var bytes = new PcapngBuilder()
            .Section(bigEndian)
            .Interface(LinkType.Ethernet) // no if_tsresol: microseconds
            .Interface(LinkType.Raw, tsresol: 9) // nanoseconds
            .Enhanced(0, 1_700_000_000_123_456, EthernetFrame)
            .Block(4, [0, 0, 0, 0]) // Name Resolution Block, only the end-of-records marker
            .Enhanced(1, 1_700_000_000_123_456_789, RawFrame, originalLength: 2000)
            .Block(5, new byte[12]) // Interface Statistics Block: interface id, timestamp, no options
            .Block(0x0000_0BAD, [1, 2, 3, 4, 5]) // a custom block, padded to 8 bytes
            .ToArray();
        using var file = TempFile.WithBytes(bytes, ".pcapng");

        var frames = Captures.ReadAll(file.Path, 1 << 20, out var warnings);

        Assert.Empty(warnings);
        Assert.Equal(2, frames.Count);
        Assert.Equal((1_700_000_000_123_456_000, LinkType.Ethernet), (frames[0].TimestampNs, frames[0].LinkType));
        Assert.Equal(EthernetFrame, frames[0].Data);
        Assert.Equal((1_700_000_000_123_456_789, LinkType.Raw), (frames[1].TimestampNs, frames[1].LinkType));
        Assert.Equal(RawFrame, frames[1].Data);
        Assert.Equal(2000, frames[1].OriginalLength);
    }

    [Theory]
    [InlineData(0x80 | 20, 1UL << 20, 1_000_000_000L)] // 2^-20 s units: 2^20 ticks are one second
    [InlineData(0x80 | 10, 1536UL, 1_500_000_000L)] // 2^-10 s: 1536/1024 = 1.5 s
    [InlineData(3, 1_234UL, 1_234_000_000L)] // milliseconds
    [InlineData(12, 1_234_567UL, 1_234L)] // picoseconds: truncated to whole nanoseconds
    [InlineData(0, 7UL, 7_000_000_000L)] // seconds
    public void Timestamp_resolutions_become_nanoseconds(byte tsresol, ulong ticks, long expectedNs)
    {
        var bytes = new PcapngBuilder().Section().Interface(LinkType.Ethernet, tsresol).Enhanced(0, ticks, EthernetFrame).ToArray();
        using var file = TempFile.WithBytes(bytes, ".pcapng");

        Assert.Equal(expectedNs, Assert.Single(Captures.ReadAll(file.Path)).TimestampNs);
    }

    [Fact]
    public void If_tsoffset_shifts_timestamps_by_whole_seconds()
    {
        var bytes = new PcapngBuilder().Section().Interface(LinkType.Ethernet, 9, tsoffsetSeconds: 1_000).Enhanced(0, 5, EthernetFrame).ToArray();
        using var file = TempFile.WithBytes(bytes, ".pcapng");

        Assert.Equal(1_000_000_000_005, Assert.Single(Captures.ReadAll(file.Path)).TimestampNs);
    }

    [Fact]
    public void Simple_and_obsolete_packet_blocks()
    {
        var bytes = new PcapngBuilder()
            .Section()
            .Interface(LinkType.Ethernet, tsresol: 9, snapLength: 40)
            .ObsoletePacket(0, 1_000, EthernetFrame)
            .Simple(EthernetFrame) // snap length 40 cuts it; no timestamp of its own
            .ToArray();
        using var file = TempFile.WithBytes(bytes, ".pcapng");

        var frames = Captures.ReadAll(file.Path);

        Assert.Equal(2, frames.Count);
        Assert.Equal(EthernetFrame, frames[0].Data);
        Assert.Equal(1_000, frames[0].TimestampNs);
        Assert.Equal(EthernetFrame[..40], frames[1].Data);
        Assert.Equal(EthernetFrame.Length, frames[1].OriginalLength);
        Assert.Equal(1_000, frames[1].TimestampNs); // carried over from the previous packet
    }

    [Fact]
    public void A_new_section_has_its_own_byte_order_and_interfaces()
    {
        var bytes = new PcapngBuilder()
            .Section(bigEndian: false).Interface(LinkType.Ethernet, 9).Enhanced(0, 1, EthernetFrame)
            .Section(bigEndian: true).Interface(LinkType.Raw, 9).Enhanced(0, 2, RawFrame)
            .ToArray();
        using var file = TempFile.WithBytes(bytes, ".pcapng");

        var frames = Captures.ReadAll(file.Path, 64, out var warnings);

        Assert.Empty(warnings);
        Assert.Equal([LinkType.Ethernet, LinkType.Raw], frames.Select(f => f.LinkType));
        Assert.Equal([1L, 2L], frames.Select(f => f.TimestampNs));
    }

    [Fact]
    public void A_packet_of_an_undeclared_interface_stops_with_a_warning()
    {
        var bytes = new PcapngBuilder().Section().Interface(LinkType.Ethernet).Enhanced(0, 1, EthernetFrame).Enhanced(3, 2, EthernetFrame).ToArray();
        using var file = TempFile.WithBytes(bytes, ".pcapng");

        var frames = Captures.ReadAll(file.Path, 1 << 20, out var warnings);

        Assert.Single(frames);
        Assert.Contains("interface 3 of 1", Assert.Single(warnings), StringComparison.Ordinal);
    }
}
