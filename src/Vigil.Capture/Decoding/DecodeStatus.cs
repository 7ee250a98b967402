namespace Vigil.Capture.Decoding;

/// <summary>How far <see cref="PacketDecoder.Decode"/> got with a frame.</summary>
public enum DecodeStatus : byte
{
    /// <summary>An IP packet, decoded through its transport header (or up to a later fragment).</summary>
    Ok = 0,

    /// <summary>
    /// Not IP (ARP, LLDP, PROFINET, GOOSE, 802.3/LLC…): MACs, VLANs and EtherType are filled and
    /// <see cref="DecodedPacket.Payload"/> is the network-layer body.
    /// </summary>
    NotIP,

    /// <summary>The capture cut a header short; the fields decoded before the cut are filled.</summary>
    Truncated,

    /// <summary>A header contradicts itself (wrong IP version, header length below minimum…).</summary>
    Malformed,

    /// <summary>The frame's link type is not one the decoder knows; only the timestamp and length are filled.</summary>
    UnsupportedLinkType,
}
