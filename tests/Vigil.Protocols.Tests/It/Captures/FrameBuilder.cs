using System.Buffers.Binary;

namespace Vigil.Protocols.Tests.It.Captures;

/// <summary>Builds Ethernet/IPv4/TCP and UDP frames around test payloads, for pcaps that tshark reads.</summary>
internal static class FrameBuilder
{
    public static byte[] Tcp(byte[] source, byte[] destination, ushort sourcePort, ushort destinationPort, uint sequence, byte[] payload)
    {
        var tcp = new byte[20];
        BinaryPrimitives.WriteUInt16BigEndian(tcp, sourcePort);
        BinaryPrimitives.WriteUInt16BigEndian(tcp.AsSpan(2), destinationPort);
        BinaryPrimitives.WriteUInt32BigEndian(tcp.AsSpan(4), sequence);
        BinaryPrimitives.WriteUInt32BigEndian(tcp.AsSpan(8), 1);   // ack
        tcp[12] = 5 << 4;                                          // data offset: 5 words
        tcp[13] = 0x18;                                            // PSH, ACK
        BinaryPrimitives.WriteUInt16BigEndian(tcp.AsSpan(14), 65535); // window
        return Ip(source, destination, 6, [.. tcp, .. payload]);
    }

    public static byte[] Udp(byte[] source, byte[] destination, ushort sourcePort, ushort destinationPort, byte[] payload)
    {
        var udp = new byte[8];
        BinaryPrimitives.WriteUInt16BigEndian(udp, sourcePort);
        BinaryPrimitives.WriteUInt16BigEndian(udp.AsSpan(2), destinationPort);
        BinaryPrimitives.WriteUInt16BigEndian(udp.AsSpan(4), (ushort)(8 + payload.Length));
        return Ip(source, destination, 17, [.. udp, .. payload]);
    }

    /// <summary>Ethernet II (two locally administered MACs, EtherType IPv4) and a 20-byte IPv4 header.</summary>
    private static byte[] Ip(byte[] source, byte[] destination, byte protocol, byte[] transport)
    {
        byte[] ethernet = [0x02, 0, 0, 0, 0, 2, 0x02, 0, 0, 0, 0, 1, 0x08, 0x00];
        var ip = new byte[20];
        ip[0] = 0x45;                                              // version 4, IHL 5
        BinaryPrimitives.WriteUInt16BigEndian(ip.AsSpan(2), (ushort)(20 + transport.Length));
        ip[8] = 64;                                                // TTL
        ip[9] = protocol;
        source.CopyTo(ip, 12);
        destination.CopyTo(ip, 16);
        uint sum = 0;
        for (var i = 0; i < 20; i += 2)
        {
            sum += BinaryPrimitives.ReadUInt16BigEndian(ip.AsSpan(i));
        }
        BinaryPrimitives.WriteUInt16BigEndian(ip.AsSpan(10), (ushort)~((sum & 0xFFFF) + (sum >> 16)));
        return [.. ethernet, .. ip, .. transport];
    }
}
