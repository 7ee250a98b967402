using System.Buffers.Binary;
using Vigil.Capture.Decoding;

namespace Vigil.Protocols.It.Arp;

/// <summary>
/// Reads the body of an EtherType 0x0806 frame (RFC 826). Only IPv4 over Ethernet is accepted:
/// <code>
/// | htype = 1 (2) | ptype = 0x0800 (2) | hlen = 6 (1) | plen = 4 (1) | oper (2) |
/// | sender MAC (6) | sender IP (4) | target MAC (6) | target IP (4) |
/// </code>
/// </summary>
public static class ArpReader
{
    public const int Length = 28;

    public static bool TryRead(ReadOnlySpan<byte> arpBody, out ArpMessage message)
    {
        message = default;
        if (arpBody.Length < Length
            || BinaryPrimitives.ReadUInt16BigEndian(arpBody) != 1
            || BinaryPrimitives.ReadUInt16BigEndian(arpBody[2..]) != EtherTypes.IPv4
            || arpBody[4] != 6 || arpBody[5] != 4)
        {
            return false;
        }
        message = new ArpMessage(
            BinaryPrimitives.ReadUInt16BigEndian(arpBody[6..]),
            MacAddress.Read(arpBody[8..]),
            NetAddress.FromIPv4(arpBody[14..]),
            MacAddress.Read(arpBody[18..]),
            NetAddress.FromIPv4(arpBody[24..]));
        return true;
    }
}
