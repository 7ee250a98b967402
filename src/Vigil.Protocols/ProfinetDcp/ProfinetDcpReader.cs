using System.Buffers.Binary;
using System.Text;

namespace Vigil.Protocols.ProfinetDcp;

/// <summary>
/// Reads PROFINET DCP frames (EtherType 0x8892, frame ids 0xFEFC..0xFEFF): the pipeline calls it
/// per Ethernet frame; DCP is layer 2, so it is not a flow.
/// <code>
///  frame id(2) | service id(1) | service type(1) | xid(4) | response delay/reserved(2) | data length(2)
///  blocks: option(1) | suboption(1) | block length(2) | [block info(2) in responses and Set] | value | pad to even
///  options: 1/2 IP suite (ip, mask, gateway), 2/1 type of station, 2/2 name of station,
///           2/3 device id (vendor(2), device(2)), 5/x control, 0xFF/0xFF all
/// </code>
/// </summary>
public static class ProfinetDcpReader
{
    private const int MaxBlocks = 32;

    /// <summary>Reads the EtherType payload; false when it is not a DCP frame.</summary>
    public static bool TryRead(ReadOnlySpan<byte> payload, out DcpMessage? message)
    {
        message = null;
        if (payload.Length < 12)
        {
            return false;
        }
        var frameId = BinaryPrimitives.ReadUInt16BigEndian(payload);
        if (frameId is < 0xFEFC or > 0xFEFF)
        {
            return false;
        }
        var serviceId = payload[2];
        var serviceType = payload[3];
        int dataLength = BinaryPrimitives.ReadUInt16BigEndian(payload[10..]);
        var data = payload[12..Math.Min(payload.Length, 12 + dataLength)];
        // Responses and Set requests carry a 2-byte block info/qualifier before each value.
        var hasBlockInfo = serviceType != 0 || serviceId == DcpMessage.Set;
        string? name = null, type = null, ip = null;
        ushort? vendor = null, device = null;
        var blocks = new List<(byte, byte)>();
        var offset = 0;
        while (blocks.Count < MaxBlocks && offset + 4 <= data.Length)
        {
            var option = data[offset];
            var suboption = data[offset + 1];
            int length = BinaryPrimitives.ReadUInt16BigEndian(data[(offset + 2)..]);
            if (offset + 4 + length > data.Length)
            {
                return false;
            }
            blocks.Add((option, suboption));
            var value = data.Slice(offset + 4, length);
            if (hasBlockInfo && value.Length >= 2 && option != 5)
            {
                value = value[2..];
            }
            switch ((option, suboption))
            {
                case (1, 2) when value.Length >= 4: ip = $"{value[0]}.{value[1]}.{value[2]}.{value[3]}"; break;
                case (2, 1): type = Encoding.ASCII.GetString(value); break;
                case (2, 2): name = Encoding.ASCII.GetString(value); break;
                case (2, 3) when value.Length >= 4:
                    vendor = BinaryPrimitives.ReadUInt16BigEndian(value);
                    device = BinaryPrimitives.ReadUInt16BigEndian(value[2..]);
                    break;
                default: break;
            }
            offset += 4 + length + (length & 1);
        }
        message = new DcpMessage(frameId, serviceId, serviceType, BinaryPrimitives.ReadUInt32BigEndian(payload[4..]), name, type, ip, vendor, device, blocks);
        return true;
    }
}
