using System.Buffers.Binary;
using Vigil.Capture.Decoding;

namespace Vigil.Tests;

/// <summary>
/// Builds Ethernet/IPv4/TCP frames for tests that need a capture with a known story. Checksums are
/// left zero: Vigil does not verify them (a mirror port with offload shows zeros too).
/// </summary>
internal static class FrameBuilder
{
    public const byte Syn = 0x02, Rst = 0x04, Ack = 0x10, Fin = 0x01, Psh = 0x08;

    public static byte[] Tcp(string src, ushort sport, string dst, ushort dport, byte flags, uint seq = 1, uint ack = 0, int payload = 0, ushort vlan = 0)
    {
        var tagged = vlan != 0 ? 4 : 0;
        var frame = new byte[14 + tagged + 20 + 20 + payload];
        var span = frame.AsSpan();
        // Ethernet: destination and source MAC derived from the addresses, so each host has a stable MAC.
        WriteMac(span, dst);
        WriteMac(span[6..], src);
        var at = 12;
        if (vlan != 0)
        {
            BinaryPrimitives.WriteUInt16BigEndian(span[at..], 0x8100); // 802.1Q TPID
            BinaryPrimitives.WriteUInt16BigEndian(span[(at + 2)..], vlan); // PCP 0, VLAN id
            at += 4;
        }
        BinaryPrimitives.WriteUInt16BigEndian(span[at..], 0x0800); // EtherType IPv4
        var ip = span[(at + 2)..];
        ip[0] = 0x45; // version 4, IHL 5
        BinaryPrimitives.WriteUInt16BigEndian(ip[2..], (ushort)(40 + payload)); // total length
        ip[8] = 64; // TTL
        ip[9] = 6; // protocol TCP
        BinaryPrimitives.WriteUInt32BigEndian(ip[12..], NetAddress.Parse(src).V4);
        BinaryPrimitives.WriteUInt32BigEndian(ip[16..], NetAddress.Parse(dst).V4);
        var tcp = ip[20..];
        BinaryPrimitives.WriteUInt16BigEndian(tcp, sport);
        BinaryPrimitives.WriteUInt16BigEndian(tcp[2..], dport);
        BinaryPrimitives.WriteUInt32BigEndian(tcp[4..], seq);
        BinaryPrimitives.WriteUInt32BigEndian(tcp[8..], ack);
        tcp[12] = 0x50; // data offset 5 words
        tcp[13] = flags;
        BinaryPrimitives.WriteUInt16BigEndian(tcp[14..], 65535); // window
        return frame;
    }

    private static void WriteMac(Span<byte> destination, string ip)
    {
        var v4 = NetAddress.Parse(ip).V4;
        new MacAddress(0x02_00_00_00_00_00UL | v4).Write(destination);
    }
}
