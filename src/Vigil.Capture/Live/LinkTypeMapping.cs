using PacketDotNet;
using Vigil.Capture.Files;

namespace Vigil.Capture.Live;

/// <summary>
/// libpcap reports a live interface's DLT_ value, which for most link types equals the LINKTYPE_
/// value that files carry; raw IP is the exception (DLT_RAW is 12 or 14 depending on the platform,
/// LINKTYPE_RAW is 101).
/// </summary>
internal static class LinkTypeMapping
{
    private const int DltRaw = 12;
    private const int DltRawOpenBsd = 14;

    public static LinkType FromLinkLayer(LinkLayers linkLayer) => (int)linkLayer switch
    {
        DltRaw or DltRawOpenBsd => LinkType.Raw,
        var other => (LinkType)(ushort)other,
    };
}
