using System.Buffers.Binary;
using Vigil.Capture.Files;

namespace Vigil.Capture.Decoding;

/// <summary>
/// Link-layer headers: finds the network protocol (as an EtherType) and where its header starts.
/// Returns <see cref="DecodeStatus.Ok"/> when the network layer can be looked at.
/// </summary>
internal static class LinkLayerDecoder
{
    /// <summary>Tags beyond this many are not a real frame: stop rather than walk on.</summary>
    private const int MaxVlanTags = 8;

    /// <summary>Values below this in an EtherType position are 802.3 lengths, not types.</summary>
    private const ushort MinEtherType = 0x0600;

    private const ushort ArphrdEther = 1;

    public static DecodeStatus Decode(LinkType linkType, ReadOnlySpan<byte> data, ref DecodedPacket packet, out int offset)
    {
        offset = 0;
        switch (linkType)
        {
            case LinkType.Ethernet:
                return Ethernet(data, ref packet, out offset);
            case LinkType.LinuxSll:
                return LinuxSll(data, ref packet, out offset);
            case LinkType.LinuxSll2:
                return LinuxSll2(data, ref packet, out offset);
            case LinkType.Raw:
                return RawIp(data, ref packet);
            case LinkType.RawIPv4:
                packet.EtherType = EtherTypes.IPv4;
                return DecodeStatus.Ok;
            case LinkType.RawIPv6:
                packet.EtherType = EtherTypes.IPv6;
                return DecodeStatus.Ok;
            case LinkType.Null:
            case LinkType.Loop:
                offset = 4;
                return Loopback(data, linkType == LinkType.Loop, ref packet);
            default:
                return DecodeStatus.UnsupportedLinkType;
        }
    }

    // Ethernet II: destination MAC (6) | source MAC (6) | EtherType (2) | [802.1Q/802.1ad tags of 4]
    private static DecodeStatus Ethernet(ReadOnlySpan<byte> data, ref DecodedPacket packet, out int offset)
    {
        offset = 14;
        if (data.Length < 14)
        {
            if (data.Length >= 12)
            {
                packet.DstMac = MacAddress.Read(data);
                packet.SrcMac = MacAddress.Read(data[6..]);
            }
            return DecodeStatus.Truncated;
        }
        packet.DstMac = MacAddress.Read(data);
        packet.SrcMac = MacAddress.Read(data[6..]);
        return EtherTypeAndTags(data, BinaryPrimitives.ReadUInt16BigEndian(data[12..]), ref packet, ref offset);
    }

    // Linux cooked v1: packet type (2) | ARPHRD type (2) | address length (2) | address (8) | protocol (2)
    private static DecodeStatus LinuxSll(ReadOnlySpan<byte> data, ref DecodedPacket packet, out int offset)
    {
        offset = 16;
        if (data.Length < 16)
        {
            return DecodeStatus.Truncated;
        }
        var hardwareType = BinaryPrimitives.ReadUInt16BigEndian(data[2..]);
        if (hardwareType == ArphrdEther && BinaryPrimitives.ReadUInt16BigEndian(data[4..]) == 6)
        {
            packet.SrcMac = MacAddress.Read(data[6..]);
        }
        return EtherTypeAndTags(data, BinaryPrimitives.ReadUInt16BigEndian(data[14..]), ref packet, ref offset);
    }

    // Linux cooked v2: protocol (2) | reserved (2) | ifindex (4) | ARPHRD type (2) | packet type (1) | address length (1) | address (8)
    private static DecodeStatus LinuxSll2(ReadOnlySpan<byte> data, ref DecodedPacket packet, out int offset)
    {
        offset = 20;
        if (data.Length < 20)
        {
            return DecodeStatus.Truncated;
        }
        if (BinaryPrimitives.ReadUInt16BigEndian(data[8..]) == ArphrdEther && data[11] == 6)
        {
            packet.SrcMac = MacAddress.Read(data[12..]);
        }
        return EtherTypeAndTags(data, BinaryPrimitives.ReadUInt16BigEndian(data), ref packet, ref offset);
    }

    private static DecodeStatus RawIp(ReadOnlySpan<byte> data, ref DecodedPacket packet)
    {
        if (data.IsEmpty)
        {
            return DecodeStatus.Truncated;
        }
        switch (data[0] >> 4)
        {
            case 4:
                packet.EtherType = EtherTypes.IPv4;
                return DecodeStatus.Ok;
            case 6:
                packet.EtherType = EtherTypes.IPv6;
                return DecodeStatus.Ok;
            default:
                return DecodeStatus.Malformed;
        }
    }

    // BSD loopback: a 4-byte address family, in the capturing host's byte order (Null) or network order (Loop).
    private static DecodeStatus Loopback(ReadOnlySpan<byte> data, bool networkOrder, ref DecodedPacket packet)
    {
        if (data.Length < 4)
        {
            return DecodeStatus.Truncated;
        }
        var family = networkOrder ? BinaryPrimitives.ReadUInt32BigEndian(data) : BinaryPrimitives.ReadUInt32LittleEndian(data);
        if (!networkOrder && (family & 0xFFFF_0000) != 0)
        {
            // Written by a big-endian host: families are small numbers, so the swap is unambiguous.
            family = BinaryPrimitives.ReverseEndianness(family);
        }
        // AF_INET is 2 everywhere; AF_INET6 is 24 (NetBSD, OpenBSD), 28 (FreeBSD) or 30 (macOS).
        packet.EtherType = family switch
        {
            2 => EtherTypes.IPv4,
            24 or 28 or 30 => EtherTypes.IPv6,
            _ => 0,
        };
        return DecodeStatus.Ok;
    }

    // Walks 802.1Q (0x8100) and 802.1ad (0x88A8, 0x9100) tags: TCI (2, VLAN id in the low 12 bits) | EtherType (2).
    private static DecodeStatus EtherTypeAndTags(ReadOnlySpan<byte> data, ushort etherType, ref DecodedPacket packet, ref int offset)
    {
        var tags = 0;
        while (etherType is EtherTypes.Vlan or EtherTypes.QinQ or EtherTypes.QinQLegacy)
        {
            if (data.Length < offset + 4)
            {
                packet.EtherType = etherType;
                return DecodeStatus.Truncated;
            }
            var vlan = (ushort)(BinaryPrimitives.ReadUInt16BigEndian(data[offset..]) & 0x0FFF);
            if (tags == 0)
            {
                packet.Vlan = vlan;
            }
            else if (tags == 1)
            {
                packet.InnerVlan = vlan;
            }
            etherType = BinaryPrimitives.ReadUInt16BigEndian(data[(offset + 2)..]);
            offset += 4;
            if (++tags > MaxVlanTags)
            {
                return DecodeStatus.Malformed;
            }
        }
        // An 802.3 length (LLC: spanning tree, …) is not a protocol: report the frame as not IP.
        packet.EtherType = etherType >= MinEtherType ? etherType : (ushort)0;
        return DecodeStatus.Ok;
    }
}
