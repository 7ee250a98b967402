using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Vigil.Protocols.Facts;

namespace Vigil.Protocols.Enip;

/// <summary>
/// Reads the CIP identity item (0x0C) of a ListIdentity reply.
/// <code>
///  version(2) | socket address(16, big endian) | vendor id(2) | device type(2) | product code(2)
///  | revision major(1) minor(1) | status(2) | serial(4) | name length(1) | product name | state(1)
///  (little endian except the socket address)
/// </code>
/// </summary>
public static class ListIdentityReader
{
    /// <summary>Reads the first identity item of the reply's CPF list.</summary>
    public static bool TryRead(ReadOnlySpan<byte> cpf, out DeviceIdentity identity)
    {
        identity = new DeviceIdentity { Source = "enip" };
        var items = new CpfReader(cpf);
        while (items.TryNext(out var item))
        {
            if (item.Type == CpfReader.Identity)
            {
                return TryReadItem(item.Data, identity);
            }
        }
        return false;
    }

    private static bool TryReadItem(ReadOnlySpan<byte> item, DeviceIdentity identity)
    {
        const int NameAt = 33;
        if (item.Length < NameAt || NameAt + item[NameAt - 1] > item.Length)
        {
            return false;
        }
        var vendor = BinaryPrimitives.ReadUInt16LittleEndian(item[18..]);
        var productCode = BinaryPrimitives.ReadUInt16LittleEndian(item[22..]);
        var serial = BinaryPrimitives.ReadUInt32LittleEndian(item[28..]);
        var name = Encoding.ASCII.GetString(item.Slice(NameAt, item[NameAt - 1])).Trim('\0', ' ');
        identity.Vendor = vendor == 1 ? "Rockwell Automation/Allen-Bradley" : "CIP vendor " + vendor.ToString(CultureInfo.InvariantCulture);
        identity.Product = name.Length > 0 ? name : "product code " + productCode.ToString(CultureInfo.InvariantCulture);
        identity.Version = string.Create(CultureInfo.InvariantCulture, $"{item[24]}.{item[25]}");
        identity.Serial = string.Create(CultureInfo.InvariantCulture, $"0x{serial:x8}");
        return true;
    }
}
