using System.Buffers.Binary;
using System.Net;

namespace Vigil.Grains.Directory;

/// <summary>Sorts addresses numerically (IPv4 before IPv6, as mapped addresses), not as text: 10.0.0.9 before 10.0.0.10.</summary>
public static class AddressOrder
{
    public static UInt128 KeyOf(string ip)
    {
        if (!IPAddress.TryParse(ip, out var address))
        {
            return UInt128.MaxValue;
        }
        Span<byte> bytes = stackalloc byte[16];
        address.MapToIPv6().TryWriteBytes(bytes, out _);
        return BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }
}
