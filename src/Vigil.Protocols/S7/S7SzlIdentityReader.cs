using System.Buffers.Binary;
using System.Text;
using Vigil.Protocols.Facts;

namespace Vigil.Protocols.S7;

/// <summary>
/// Reads identity from SZL read replies: 0x0011 (module identification: order number, firmware)
/// and 0x001C (component identification: module type, serial number).
/// <code>
///  payload: SZL id(2) | index(2) | record length(2) | record count(2) | records
///  0x0011 record (28): index(2) | MLFB order number(20) | BGTyp(2) | Ausbg(2) | Ausbe(2)
///  0x001C record (34): index(2) | text(32)   index 5 = serial number, 7 = module type name
/// </code>
/// </summary>
public static class S7SzlIdentityReader
{
    private const int MaxRecords = 32;

    /// <summary>Merges what the SZL reply in <paramref name="payload"/> says into the flow's responder identity.</summary>
    public static void Merge(ReadOnlySpan<byte> payload, FlowFacts facts)
    {
        if (payload.Length < 8)
        {
            return;
        }
        var szlId = BinaryPrimitives.ReadUInt16BigEndian(payload);
        int recordLength = BinaryPrimitives.ReadUInt16BigEndian(payload[4..]);
        int count = Math.Min(BinaryPrimitives.ReadUInt16BigEndian(payload[6..]), (ushort)MaxRecords);
        var isModule = (szlId & 0xFF) == 0x11 && recordLength == 28;
        var isComponent = (szlId & 0xFF) == 0x1C && recordLength == 34;
        if (!isModule && !isComponent)
        {
            return;
        }
        var identity = facts.ResponderIdentity ?? new DeviceIdentity { Source = "s7comm", Vendor = "Siemens" };
        for (var i = 0; i < count && 8 + (i + 1) * recordLength <= payload.Length; i++)
        {
            var record = payload.Slice(8 + i * recordLength, recordLength);
            var index = BinaryPrimitives.ReadUInt16BigEndian(record);
            if (isModule)
            {
                ReadModule(index, record, identity);
            }
            else if (index == 5)
            {
                identity.Serial = Text(record[2..]);
            }
            else if (index == 7)
            {
                identity.Product ??= Text(record[2..]);
            }
        }
        facts.ResponderIdentity = identity;
    }

    private static void ReadModule(ushort index, ReadOnlySpan<byte> record, DeviceIdentity identity)
    {
        if (index == 1)
        {
            identity.Product = Text(record.Slice(2, 20));
        }
        else if (index == 7 && record[24] == (byte)'V')
        {
            // Firmware record: Ausbg = 'V', major; Ausbe = minor, patch.
            identity.Version = $"V{record[25]}.{record[26]}.{record[27]}";
        }
    }

    private static string Text(ReadOnlySpan<byte> bytes) => Encoding.ASCII.GetString(bytes).Trim('\0', ' ');
}
