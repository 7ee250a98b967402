using System.Text;
using Vigil.Protocols.Facts;

namespace Vigil.Protocols.Modbus;

/// <summary>
/// Reads a Read Device Identification response (FC 43, MEI type 14) into a <see cref="DeviceIdentity"/>.
/// <code>
///  data: mei(0x0E) | read code | conformity | more follows | next object | object count
///        then per object: id(1) | length(1) | value(length)
///  objects: 0 VendorName, 1 ProductCode, 2 MajorMinorRevision, 4 ProductName, 5 ModelName
/// </code>
/// </summary>
public static class ModbusDeviceIdReader
{
    private const int MaxObjects = 64;

    /// <summary>Parses the response data (after the function code); false when it is not a well-formed 43/14 response.</summary>
    public static bool TryRead(ReadOnlySpan<byte> data, out DeviceIdentity identity)
    {
        identity = new DeviceIdentity { Source = "modbus" };
        if (data.Length < 6 || data[0] != 0x0E)
        {
            return false;
        }
        var count = Math.Min((int)data[5], MaxObjects);
        var offset = 6;
        string? productCode = null;
        string? productName = null;
        for (var i = 0; i < count; i++)
        {
            if (offset + 2 > data.Length || offset + 2 + data[offset + 1] > data.Length)
            {
                return false;
            }
            var id = data[offset];
            var value = Text(data.Slice(offset + 2, data[offset + 1]));
            offset += 2 + data[offset + 1];
            switch (id)
            {
                case 0: identity.Vendor = value; break;
                case 1: productCode = value; break;
                case 2: identity.Version = value; break;
                case 4: productName = value; break;
                default: break;
            }
        }
        identity.Product = productCode ?? productName;
        return true;
    }

    private static string Text(ReadOnlySpan<byte> bytes) => Encoding.ASCII.GetString(bytes).Trim('\0', ' ');
}
