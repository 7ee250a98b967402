using System.Buffers.Binary;
using System.Net;
using Vigil.Capture.Decoding;

namespace Vigil.Capture.Tests.Fixtures;

/// <summary>Builds header bytes field by field, for decoder and reader fixtures.</summary>
internal static class Frames
{
    public const string ClientIp = "192.168.10.5";
    public const string PlcIp = "192.168.20.7";
    public const ulong ClientMac = 0x00_0C_29_11_22_33; // VMware OUI
    public const ulong PlcMac = 0x00_1B_1B_44_55_66; // Siemens OUI

    public static byte[] Concat(params byte[][] parts) => parts.SelectMany(part => part).ToArray();

    /// <summary>Ethernet II: destination MAC (6) | source MAC (6) | EtherType (2).</summary>
    public static byte[] Ethernet(ushort etherType, ulong dst = PlcMac, ulong src = ClientMac)
    {
        var header = new byte[14];
        new MacAddress(dst).Write(header);
        new MacAddress(src).Write(header.AsSpan(6));
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(12), etherType);
        return header;
    }

    /// <summary>An 802.1Q tag after the tag type: TCI (priority 3 bits, DEI 1 bit, VLAN id 12 bits) | next EtherType.</summary>
    public static byte[] VlanTag(ushort vlan, ushort nextEtherType, byte priority = 5)
    {
        var tag = new byte[4];
        BinaryPrimitives.WriteUInt16BigEndian(tag, (ushort)(priority << 13 | vlan));
        BinaryPrimitives.WriteUInt16BigEndian(tag.AsSpan(2), nextEtherType);
        return tag;
    }

    /// <summary>IPv4 header: 20 bytes plus <paramref name="options"/> (a multiple of 4).</summary>
    public static byte[] IPv4(byte protocol, int payloadLength, string src = ClientIp, string dst = PlcIp,
        ushort flagsAndOffset = 0x4000, byte[]? options = null, int? totalLengthOverride = null)
    {
        options ??= [];
        var header = new byte[20 + options.Length];
        header[0] = (byte)(0x40 | header.Length / 4); // version 4, IHL in 32-bit words
        header[1] = 0; // DSCP/ECN
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(2), (ushort)(totalLengthOverride ?? header.Length + payloadLength)); // total length
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(4), 0x1234); // identification
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(6), flagsAndOffset); // flags (DF=0x4000, MF=0x2000) + offset in 8-byte units
        header[8] = 64; // TTL
        header[9] = protocol;
        // checksum (10..12) left zero: the decoder does not verify it
        IPAddress.Parse(src).TryWriteBytes(header.AsSpan(12), out _);
        IPAddress.Parse(dst).TryWriteBytes(header.AsSpan(16), out _);
        options.CopyTo(header, 20);
        return header;
    }

    /// <summary>IPv6 fixed header (40 bytes).</summary>
    public static byte[] IPv6(byte nextHeader, int payloadLength, string src = "fd00::5", string dst = "fd00::7")
    {
        var header = new byte[40];
        BinaryPrimitives.WriteUInt32BigEndian(header, 0x6000_0000); // version 6, traffic class 0, flow label 0
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(4), (ushort)payloadLength); // payload length, extension headers included
        header[6] = nextHeader;
        header[7] = 255; // hop limit
        IPAddress.Parse(src).TryWriteBytes(header.AsSpan(8), out _);
        IPAddress.Parse(dst).TryWriteBytes(header.AsSpan(24), out _);
        return header;
    }

    /// <summary>TCP header: 20 bytes plus <paramref name="options"/> (a multiple of 4).</summary>
    public static byte[] Tcp(ushort srcPort, ushort dstPort, TcpFlags flags, uint seq = 1000, uint ack = 0, byte[]? options = null)
    {
        options ??= [];
        var header = new byte[20 + options.Length];
        BinaryPrimitives.WriteUInt16BigEndian(header, srcPort);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(2), dstPort);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), seq);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(8), ack);
        header[12] = (byte)(header.Length / 4 << 4); // data offset in 32-bit words, reserved bits 0
        header[13] = (byte)flags;
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(14), 8192); // window
        // checksum (16..18) and urgent pointer (18..20) zero
        options.CopyTo(header, 20);
        return header;
    }

    /// <summary>UDP header (8 bytes); the length field covers header and payload.</summary>
    public static byte[] Udp(ushort srcPort, ushort dstPort, int payloadLength)
    {
        var header = new byte[8];
        BinaryPrimitives.WriteUInt16BigEndian(header, srcPort);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(2), dstPort);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(4), (ushort)(8 + payloadLength));
        return header;
    }

    /// <summary>Ethernet + IPv4 + TCP to the S7 port 102 carrying <paramref name="payload"/>.</summary>
    public static byte[] EthernetTcp(byte[] payload, TcpFlags flags = TcpFlags.Psh | TcpFlags.Ack) =>
        Concat(Ethernet(EtherTypes.IPv4), IPv4(6, 20 + payload.Length), Tcp(49152, 102, flags), payload);

    /// <summary>A 60-byte Ethernet ARP request (28-byte body, 18 bytes of padding).</summary>
    public static byte[] EthernetArp()
    {
        var body = new byte[28];
        BinaryPrimitives.WriteUInt16BigEndian(body, 1); // hardware type Ethernet
        BinaryPrimitives.WriteUInt16BigEndian(body.AsSpan(2), EtherTypes.IPv4); // protocol type
        body[4] = 6; // hardware address length
        body[5] = 4; // protocol address length
        BinaryPrimitives.WriteUInt16BigEndian(body.AsSpan(6), 1); // opcode: request
        return Concat(Ethernet(EtherTypes.Arp, dst: 0xFFFF_FFFF_FFFF), body, new byte[18]);
    }
}
