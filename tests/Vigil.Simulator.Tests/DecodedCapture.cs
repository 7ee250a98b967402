using Vigil.Capture.Decoding;
using Vigil.Capture.Files;

namespace Vigil.Simulator.Tests;

/// <summary>
/// A capture read with Vigil's own reader and decoder, one small row per IP packet: for captures of days,
/// where a tshark pass would take minutes.
/// </summary>
public sealed class DecodedCapture
{
    private DecodedCapture(IReadOnlyList<Row> rows, int arpFrames)
    {
        Rows = rows;
        ArpFrames = arpFrames;
    }

    /// <summary>One IP packet: when, who to whom, transport, TCP flags and payload length.</summary>
    public sealed record Row(DateTimeOffset Time, string Src, string Dst, TransportProtocol Protocol, ushort SrcPort, ushort DstPort, TcpFlags Flags, int PayloadLength, byte IcmpType)
    {
        /// <summary>A TCP SYN without ACK.</summary>
        public bool IsSyn => Protocol == TransportProtocol.Tcp && (Flags & (TcpFlags.Syn | TcpFlags.Ack)) == TcpFlags.Syn;
    }

    /// <summary>IP packets in capture order.</summary>
    public IReadOnlyList<Row> Rows { get; }

    /// <summary>ARP frames seen.</summary>
    public int ArpFrames { get; }

    /// <summary>Reads every frame of <paramref name="path"/>.</summary>
    public static DecodedCapture Read(string path)
    {
        var rows = new List<Row>();
        var arp = 0;
        using var reader = CaptureFileReader.Open(path);
        while (reader.TryRead(out var frame))
        {
            var status = PacketDecoder.Decode(frame, out var packet);
            if (status == DecodeStatus.NotIP && packet.EtherType == EtherTypes.Arp)
            {
                arp++;
            }
            else if (status == DecodeStatus.Ok && packet.IsIP)
            {
                rows.Add(new Row(DateTimeOffset.UnixEpoch.AddTicks(packet.TimestampNs / 100), packet.Src.ToString(), packet.Dst.ToString(),
                    packet.Protocol, packet.SrcPort, packet.DstPort, packet.TcpFlags, packet.PayloadLength, packet.IcmpType));
            }
        }
        return new DecodedCapture(rows, arp);
    }
}
