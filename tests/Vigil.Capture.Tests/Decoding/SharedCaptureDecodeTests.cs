using System.Globalization;
using Vigil.Capture.Decoding;
using Vigil.Capture.Files;
using Vigil.Capture.Tests.Fixtures;
using Vigil.Tests;

namespace Vigil.Capture.Tests.Decoding;

/// <summary>
/// Timestamps, lengths and every decoded header field against tshark's dissection, frame by frame,
/// on small captures (one tshark run each: its start-up dominates) covering pcap and pcapng,
/// VLANs, IPv6, ICMP, STP and a fuzzed IP length.
/// </summary>
public sealed class SharedCaptureDecodeTests
{
    private static readonly string[] Fields =
    [
        "frame.time_epoch", "frame.len", "frame.cap_len", "eth.src", "eth.dst", "vlan.id", "ip.src", "ip.dst", "ip.ttl", "ipv6.src", "ipv6.dst", "tcp.srcport", "tcp.dstport",
        "tcp.seq_raw", "tcp.flags", "tcp.len", "udp.srcport", "udp.dstport", "udp.length", "icmp.type", "icmp.code",
    ];

    [SkippableTheory]
    [InlineData("s7/snap7_s300_stop.pcapng")]
    [InlineData("C37.118/C37.118_1PMU_TCP.pcap")]
    [InlineData("IEC61850/GOOSE/Sample_File_GOOSE.pcap")]
    [InlineData("IEC61850/Sample_File_MMS_and_GOOSE.pcap")]
    [InlineData("beckoff/beckoffaddroute.pcapng")]
    [InlineData("bro/modbus/fuzz-72.pcap")]
    public void Timestamps_lengths_and_decoded_fields_match_tshark(string relativePath)
    {
        var path = TestPaths.SharedPcap(relativePath);
        var arguments = new List<string> { "-n", "-r", path, "-T", "fields", "-E", "occurrence=f" };
        foreach (var field in Fields)
        {
            arguments.AddRange(["-e", field]);
        }
        var expected = ExternalTool.Run("tshark", arguments).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        using var reader = CaptureFileReader.Open(path);
        var index = 0;
        while (reader.TryRead(out var frame))
        {
            var status = PacketDecoder.Decode(frame, out var packet);
            var row = Row(expected[index++].Split('\t'));
            var where = $"{relativePath} frame {index} ({status})";
            Assert.Equal(ExternalTool.EpochToNs(row["frame.time_epoch"]), frame.TimestampNs);
            Assert.Equal((Number(row["frame.len"]), Number(row["frame.cap_len"])), (frame.OriginalLength, frame.Data.Length));
            Assert.True(status is DecodeStatus.Ok or DecodeStatus.NotIP, where);
            Assert.Equal(row["eth.src"], packet.SrcMac.ToString());
            Assert.Equal(row["eth.dst"], packet.DstMac.ToString());
            Assert.Equal(Number(row["vlan.id"]), packet.Vlan);
            CheckNetwork(row, packet, where);
            CheckTransport(row, packet, where);
        }
        Assert.Equal(expected.Length, index);
    }

    private static void CheckNetwork(Dictionary<string, string> row, in DecodedPacket packet, string where)
    {
        if (row["ip.src"].Length > 0)
        {
            Assert.True(packet.EtherType == EtherTypes.IPv4, where);
            Assert.Equal(row["ip.src"], packet.Src.ToString());
            Assert.Equal(row["ip.dst"], packet.Dst.ToString());
            Assert.Equal(Number(row["ip.ttl"]), packet.Ttl);
        }
        else if (row["ipv6.src"].Length > 0)
        {
            Assert.True(packet.EtherType == EtherTypes.IPv6, where);
            Assert.Equal(row["ipv6.src"], packet.Src.ToString());
            Assert.Equal(row["ipv6.dst"], packet.Dst.ToString());
        }
        else
        {
            Assert.False(packet.IsIP, where);
        }
    }

    private static void CheckTransport(Dictionary<string, string> row, in DecodedPacket packet, string where)
    {
        switch (packet.Protocol)
        {
            case TransportProtocol.Tcp:
                Assert.Equal((Number(row["tcp.srcport"]), Number(row["tcp.dstport"])), (packet.SrcPort, packet.DstPort));
                Assert.Equal(Number(row["tcp.seq_raw"]), packet.TcpSeq);
                Assert.Equal(Number(row["tcp.flags"]) & 0xFF, (long)packet.TcpFlags);
                Assert.True(Number(row["tcp.len"]) == packet.PayloadLength, where);
                break;
            case TransportProtocol.Udp:
                Assert.Equal((Number(row["udp.srcport"]), Number(row["udp.dstport"])), (packet.SrcPort, packet.DstPort));
                Assert.True(Number(row["udp.length"]) - 8 == packet.PayloadLength, where);
                break;
            case TransportProtocol.Icmp:
                Assert.Equal((Number(row["icmp.type"]), Number(row["icmp.code"])), (packet.IcmpType, packet.IcmpCode));
                break;
        }
    }

    private static Dictionary<string, string> Row(string[] values) =>
        Fields.Select((field, i) => (field, value: i < values.Length ? values[i].Trim() : "")).ToDictionary(p => p.field, p => p.value);

    private static long Number(string text) =>
        text.Length == 0 ? 0
        : text.StartsWith("0x", StringComparison.Ordinal) ? long.Parse(text[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture)
        : long.Parse(text, CultureInfo.InvariantCulture);
}
