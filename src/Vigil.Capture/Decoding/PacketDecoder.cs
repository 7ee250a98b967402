using Vigil.Capture.Files;

namespace Vigil.Capture.Decoding;

/// <summary>
/// Decodes the link, network and transport headers of a captured frame into a
/// <see cref="DecodedPacket"/>, without allocating and without throwing on any input: every
/// read is bounds-checked, and what cannot be decoded is said by the <see cref="DecodeStatus"/>.
/// </summary>
public static class PacketDecoder
{
    /// <summary>
    /// Decodes <paramref name="frame"/>. Whatever the status, <paramref name="packet"/> holds every
    /// field decoded before the decoder stopped; its <see cref="DecodedPacket.Payload"/> points into
    /// the frame's data.
    /// </summary>
    public static DecodeStatus Decode(in RawFrame frame, out DecodedPacket packet)
    {
        packet = default;
        packet.TimestampNs = frame.TimestampNs;
        packet.WireLength = frame.OriginalLength;
        var data = frame.Data;
        var status = LinkLayerDecoder.Decode(frame.LinkType, data, ref packet, out var networkOffset);
        if (status != DecodeStatus.Ok)
        {
            return status;
        }
        var network = data[networkOffset..];
        switch (packet.EtherType)
        {
            case EtherTypes.IPv4:
                return IPv4Decoder.Decode(network, ref packet);
            case EtherTypes.IPv6:
                return IPv6Decoder.Decode(network, ref packet);
            default:
                packet.Payload = network;
                packet.PayloadLength = network.Length;
                return DecodeStatus.NotIP;
        }
    }
}
