using System.Buffers.Binary;
using Vigil.Capture.Files;

namespace Vigil.Fuzz.Seeds;

/// <summary>Tiny well-formed inputs for targets no capture reaches, so AFL always has a start.</summary>
internal static class BuiltinSeeds
{
    /// <summary>One chunk each way: 12 bytes from the originator, 12 from the responder.</summary>
    public static byte[] TwoChunks { get; } =
        [0x00, 0x00, 0x0C, .. new byte[12], 0x01, 0x00, 0x0C, .. new byte[12]];

    /// <summary>Ethernet II | IPv4 (20, total length 44) | TCP SYN (20) | 4 bytes of payload.</summary>
    public static byte[] EthernetTcpFrame { get; } =
    [
        0x02, 0, 0, 0, 0, 0x01, 0x02, 0, 0, 0, 0, 0x02, 0x08, 0x00,
        0x45, 0x00, 0x00, 0x2C, 0x00, 0x01, 0x00, 0x00, 0x40, 0x06, 0x00, 0x00, 10, 0, 0, 1, 10, 0, 0, 2,
        0xC0, 0x00, 0x01, 0xF6, 0, 0, 0, 1, 0, 0, 0, 0, 0x50, 0x02, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x00,
        0xDE, 0xAD, 0xBE, 0xEF,
    ];

    /// <summary>A classic pcap with the frame above, written by Vigil's own writer.</summary>
    public static byte[] PcapFile()
    {
        var stream = new MemoryStream();
        using (var writer = new PcapWriter(stream, LinkType.Ethernet))
        {
            writer.Write(1_700_000_000_000_000_000, EthernetTcpFrame);
        }
        return stream.ToArray();
    }

    /// <summary>A pcapng: section header (28) | interface description (20, Ethernet) | enhanced packet with the frame above.</summary>
    public static byte[] PcapngFile()
    {
        var padded = (EthernetTcpFrame.Length + 3) & ~3;
        var file = new byte[28 + 20 + 32 + padded];
        var span = file.AsSpan();
        Block(span, 0x0A0D0D0A, 28);
        BinaryPrimitives.WriteUInt32LittleEndian(span[8..], 0x1A2B3C4D); // byte-order magic
        BinaryPrimitives.WriteUInt16LittleEndian(span[12..], 1); // version 1.0
        BinaryPrimitives.WriteInt64LittleEndian(span[16..], -1); // section length unknown
        Block(span[28..], 1, 20);
        BinaryPrimitives.WriteUInt16LittleEndian(span[36..], (ushort)LinkType.Ethernet);
        BinaryPrimitives.WriteUInt32LittleEndian(span[40..], 262_144); // snap length
        var packet = span[48..];
        Block(packet, 6, 32 + padded);
        BinaryPrimitives.WriteUInt32LittleEndian(packet[20..], (uint)EthernetTcpFrame.Length); // captured
        BinaryPrimitives.WriteUInt32LittleEndian(packet[24..], (uint)EthernetTcpFrame.Length); // original
        EthernetTcpFrame.CopyTo(packet[28..]);
        return file;
    }

    // Block type (4) | total length (4) | … | total length again (4).
    private static void Block(Span<byte> block, uint type, int length)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(block, type);
        BinaryPrimitives.WriteUInt32LittleEndian(block[4..], (uint)length);
        BinaryPrimitives.WriteUInt32LittleEndian(block[(length - 4)..], (uint)length);
    }
}
