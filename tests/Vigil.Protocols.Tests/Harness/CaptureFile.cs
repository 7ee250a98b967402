using System.Buffers.Binary;

namespace Vigil.Protocols.Tests.Harness;

/// <summary>
/// A deliberately small pcap / pcapng reader for tests (the real reader lives in Vigil.Capture and is
/// written in parallel). Yields Ethernet frames with capture time in nanoseconds; other link types are skipped.
/// </summary>
internal static class CaptureFile
{
    private const int Ethernet = 1;

    public static IEnumerable<(long TimestampNs, byte[] Frame)> ReadEthernet(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var magic = BinaryPrimitives.ReadUInt32LittleEndian(bytes);
        return magic == 0x0A0D0D0A ? ReadPcapng(bytes) : ReadPcap(bytes);
    }

    private static IEnumerable<(long, byte[])> ReadPcap(byte[] bytes)
    {
        var magic = BinaryPrimitives.ReadUInt32LittleEndian(bytes);
        var little = magic is 0xA1B2C3D4 or 0xA1B23C4D;
        var nano = magic is 0xA1B23C4D or 0x4D3CB2A1;
        uint U32(int at) => little ? BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at)) : BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at));
        if (U32(20) != Ethernet)
        {
            yield break;
        }
        for (var offset = 24; offset + 16 <= bytes.Length;)
        {
            long seconds = U32(offset);
            long fraction = U32(offset + 4);
            var captured = (int)U32(offset + 8);
            if (captured < 0 || offset + 16 + captured > bytes.Length)
            {
                yield break;
            }
            yield return (seconds * 1_000_000_000 + fraction * (nano ? 1 : 1000), bytes.AsSpan(offset + 16, captured).ToArray());
            offset += 16 + captured;
        }
    }

    private static IEnumerable<(long, byte[])> ReadPcapng(byte[] bytes)
    {
        var linkTypes = new List<ushort>();
        for (var offset = 0; offset + 12 <= bytes.Length;)
        {
            var type = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset));
            var length = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset + 4));
            if (length < 12 || offset + length > bytes.Length)
            {
                yield break;
            }
            var body = bytes.AsSpan(offset + 8, length - 12);
            if (type == 0x0A0D0D0A)
            {
                linkTypes.Clear();
            }
            else if (type == 1)
            {
                linkTypes.Add(BinaryPrimitives.ReadUInt16LittleEndian(body));
            }
            else if (type == 6)
            {
                var iface = (int)BinaryPrimitives.ReadUInt32LittleEndian(body);
                var ts = ((long)BinaryPrimitives.ReadUInt32LittleEndian(body[4..]) << 32) | BinaryPrimitives.ReadUInt32LittleEndian(body[8..]);
                var captured = (int)BinaryPrimitives.ReadUInt32LittleEndian(body[12..]);
                // Default if_tsresol is microseconds; the shared captures do not override it.
                if (iface < linkTypes.Count && linkTypes[iface] == Ethernet && 20 + captured <= body.Length)
                {
                    yield return (ts * 1000, body.Slice(20, captured).ToArray());
                }
            }
            offset += length;
        }
    }
}
