using System.Buffers.Binary;
using Vigil.Capture.Decoding;

namespace Vigil.Simulator.Packets;

/// <summary>
/// Builds complete Ethernet II / 802.1Q / IPv4 / TCP-or-UDP frames with correct lengths and checksums,
/// and decides the layer-2 addressing: hosts in one VLAN talk MAC to MAC; anything crossing VLANs or
/// leaving the estate goes through the gateway's MAC, and is seen on the VLAN of the internal end.
/// </summary>
public sealed class FrameFactory
{
    private const int EthernetLength = 18; // 12 MAC bytes + 4-byte 802.1Q tag + 2-byte EtherType
    private const int Ipv4Length = 20;
    private const int MinimumFrame = 60; // Ethernet minimum without FCS; shorter frames are zero-padded

    /// <summary>Creates a factory for an estate whose inter-VLAN router has <paramref name="gatewayMac"/>.</summary>
    public FrameFactory(MacAddress gatewayMac) => GatewayMac = gatewayMac;

    /// <summary>The router MAC that routed and external traffic is addressed to or from.</summary>
    public MacAddress GatewayMac { get; }

    /// <summary>The MACs and VLAN of a packet going from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public LinkHop Route(HostAddress from, HostAddress to)
    {
        if (from.IsExternal)
        {
            return new LinkHop(GatewayMac, to.Mac, to.Vlan);
        }
        if (to.IsExternal || to.Vlan != from.Vlan)
        {
            return new LinkHop(from.Mac, GatewayMac, from.Vlan);
        }
        return new LinkHop(from.Mac, to.Mac, from.Vlan);
    }

    /// <summary>A TCP segment; <paramref name="options"/> must be a multiple of four bytes.</summary>
    public byte[] Tcp(HostAddress from, HostAddress to, ushort ipId, ushort sourcePort, ushort destinationPort,
        uint seq, uint ack, TcpFlags flags, ushort window, ReadOnlySpan<byte> options, ReadOnlySpan<byte> payload)
    {
        var tcpLength = 20 + options.Length + payload.Length;
        var frame = Allocate(tcpLength);
        var ip = WriteHeaders(frame, from, to, ipId, 6, tcpLength);
        var tcp = frame.AsSpan(EthernetLength + Ipv4Length, tcpLength);
        BinaryPrimitives.WriteUInt16BigEndian(tcp, sourcePort);
        BinaryPrimitives.WriteUInt16BigEndian(tcp[2..], destinationPort);
        BinaryPrimitives.WriteUInt32BigEndian(tcp[4..], seq);
        BinaryPrimitives.WriteUInt32BigEndian(tcp[8..], (flags & TcpFlags.Ack) != 0 ? ack : 0);
        tcp[12] = (byte)((20 + options.Length) / 4 << 4);
        tcp[13] = (byte)flags;
        BinaryPrimitives.WriteUInt16BigEndian(tcp[14..], window);
        options.CopyTo(tcp[20..]);
        payload.CopyTo(tcp[(20 + options.Length)..]);
        BinaryPrimitives.WriteUInt16BigEndian(tcp[16..], TransportChecksum(ip, 6, tcp));
        return frame;
    }

    /// <summary>A UDP datagram.</summary>
    public byte[] Udp(HostAddress from, HostAddress to, ushort ipId, ushort sourcePort, ushort destinationPort, ReadOnlySpan<byte> payload)
    {
        var udpLength = 8 + payload.Length;
        var frame = Allocate(udpLength);
        var ip = WriteHeaders(frame, from, to, ipId, 17, udpLength);
        var udp = frame.AsSpan(EthernetLength + Ipv4Length, udpLength);
        BinaryPrimitives.WriteUInt16BigEndian(udp, sourcePort);
        BinaryPrimitives.WriteUInt16BigEndian(udp[2..], destinationPort);
        BinaryPrimitives.WriteUInt16BigEndian(udp[4..], (ushort)udpLength);
        payload.CopyTo(udp[8..]);
        var checksum = TransportChecksum(ip, 17, udp);
        // RFC 768: a computed zero is sent as all ones, zero meaning "no checksum".
        BinaryPrimitives.WriteUInt16BigEndian(udp[6..], checksum == 0 ? (ushort)0xFFFF : checksum);
        return frame;
    }

    /// <summary>
    /// An ICMP message: type, code, checksum over the whole message, then the four header bytes of
    /// <paramref name="rest"/> (identifier and sequence number for echo) and the body.
    /// </summary>
    public byte[] Icmp(HostAddress from, HostAddress to, ushort ipId, byte type, byte code, uint rest, ReadOnlySpan<byte> body)
    {
        var icmpLength = 8 + body.Length;
        var frame = Allocate(icmpLength);
        WriteHeaders(frame, from, to, ipId, 1, icmpLength);
        var icmp = frame.AsSpan(EthernetLength + Ipv4Length, icmpLength);
        icmp[0] = type;
        icmp[1] = code;
        BinaryPrimitives.WriteUInt32BigEndian(icmp[4..], rest);
        body.CopyTo(icmp[8..]);
        BinaryPrimitives.WriteUInt16BigEndian(icmp[2..], InternetChecksum.Compute(icmp));
        return frame;
    }

    /// <summary>
    /// An ARP request (broadcast who-has <paramref name="targetIp"/>) or, with a <paramref name="target"/>,
    /// the reply it unicasts back (RFC 826, Ethernet/IPv4: hardware 1, protocol 0x0800, lengths 6 and 4).
    /// </summary>
    public static byte[] Arp(HostAddress sender, uint targetIp, HostAddress? target)
    {
        var frame = new byte[MinimumFrame];
        var destination = target?.Mac ?? new MacAddress(0xFFFF_FFFF_FFFF);
        destination.Write(frame);
        sender.Mac.Write(frame.AsSpan(6));
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(12), 0x8100);
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(14), (ushort)(sender.Vlan & 0x0FFF));
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(16), EtherTypes.Arp);
        var arp = frame.AsSpan(EthernetLength, 28);
        BinaryPrimitives.WriteUInt16BigEndian(arp, 1);
        BinaryPrimitives.WriteUInt16BigEndian(arp[2..], 0x0800);
        arp[4] = 6;
        arp[5] = 4;
        BinaryPrimitives.WriteUInt16BigEndian(arp[6..], target is null ? (ushort)1 : (ushort)2);
        sender.Mac.Write(arp[8..]);
        BinaryPrimitives.WriteUInt32BigEndian(arp[14..], sender.Ip);
        if (target is not null)
        {
            target.Mac.Write(arp[18..]); // a request leaves the target hardware address zero
        }
        BinaryPrimitives.WriteUInt32BigEndian(arp[24..], targetIp);
        return frame;
    }

    private static byte[] Allocate(int transportLength) =>
        new byte[Math.Max(MinimumFrame, EthernetLength + Ipv4Length + transportLength)];

    private Span<byte> WriteHeaders(byte[] frame, HostAddress from, HostAddress to, ushort ipId, byte protocol, int transportLength)
    {
        var hop = Route(from, to);
        hop.Destination.Write(frame);
        hop.Source.Write(frame.AsSpan(6));
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(12), 0x8100);
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(14), (ushort)(hop.Vlan & 0x0FFF));
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(16), 0x0800);
        var ip = frame.AsSpan(EthernetLength, Ipv4Length);
        ip[0] = 0x45;
        BinaryPrimitives.WriteUInt16BigEndian(ip[2..], (ushort)(Ipv4Length + transportLength));
        BinaryPrimitives.WriteUInt16BigEndian(ip[4..], ipId);
        BinaryPrimitives.WriteUInt16BigEndian(ip[6..], 0x4000); // don't fragment
        ip[8] = from.Ttl;
        ip[9] = protocol;
        BinaryPrimitives.WriteUInt32BigEndian(ip[12..], from.Ip);
        BinaryPrimitives.WriteUInt32BigEndian(ip[16..], to.Ip);
        BinaryPrimitives.WriteUInt16BigEndian(ip[10..], InternetChecksum.Compute(ip));
        return ip;
    }

    private static ushort TransportChecksum(ReadOnlySpan<byte> ip, byte protocol, ReadOnlySpan<byte> segment)
    {
        // Pseudo-header: source, destination, zero, protocol, transport length.
        var sum = InternetChecksum.Add(0, ip.Slice(12, 8));
        sum += protocol;
        sum += (uint)segment.Length;
        return InternetChecksum.Finish(InternetChecksum.Add(sum, segment));
    }
}
