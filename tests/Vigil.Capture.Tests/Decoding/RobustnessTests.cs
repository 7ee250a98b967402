using Vigil.Capture.Decoding;
using Vigil.Capture.Files;
using Vigil.Capture.Tests.Fixtures;

namespace Vigil.Capture.Tests.Decoding;

/// <summary>The decoder must never throw: every prefix of real-looking frames, and random bytes, on every link type.</summary>
public sealed class RobustnessTests
{
    private static readonly LinkType[] LinkTypes = [.. Enum.GetValues<LinkType>(), (LinkType)147];

    public static TheoryData<string> Samples => new() { "tcp", "vlan-udp", "ipv6-ext", "arp" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_prefix_decodes_without_throwing_and_short_headers_are_truncated(string sample)
    {
        var frame = Sample(sample);
        for (var length = 0; length < frame.Length; length++)
        {
            var (status, _) = Captures.Decode(LinkType.Ethernet, frame[..length]);
            // Cut inside the link and network headers, nothing can be Ok.
            if (length < 34)
            {
                Assert.True(status is DecodeStatus.Truncated or DecodeStatus.NotIP, $"length {length}: {status}");
            }
        }
    }

    [Fact]
    public void Random_bytes_never_throw_on_any_link_type()
    {
        var random = new Random(20240601);
        var buffer = new byte[128];
        for (var i = 0; i < 20_000; i++)
        {
            random.NextBytes(buffer);
            // Bias toward plausible starts so that deeper layers get exercised too.
            buffer[0] = (byte)(i % 3 == 0 ? 0x45 : i % 3 == 1 ? 0x60 : buffer[0]);
            buffer[12] = 0x08;
            var length = random.Next(0, buffer.Length);
            foreach (var linkType in LinkTypes)
            {
                var frame = new RawFrame(0, linkType, length, buffer.AsSpan(0, length));
                var status = PacketDecoder.Decode(frame, out var packet);
                Assert.True(packet.Payload.Length <= length, $"{linkType}: payload longer than the frame");
                Assert.True(Enum.IsDefined(status));
            }
        }
    }

    private static byte[] Sample(string name) => name switch
    {
        "tcp" => Frames.EthernetTcp([1, 2, 3, 4]),
        "vlan-udp" => Frames.Concat(Frames.Ethernet(EtherTypes.Vlan), Frames.VlanTag(5, EtherTypes.IPv4), Frames.IPv4(17, 10), Frames.Udp(1, 2, 2), [7, 7]),
        "ipv6-ext" => Frames.Concat(Frames.Ethernet(EtherTypes.IPv6), Frames.IPv6(0, 28), [17, 0, 1, 4, 0, 0, 0, 0], Frames.Udp(1, 2, 12), new byte[12]),
        _ => Frames.EthernetArp(),
    };
}
