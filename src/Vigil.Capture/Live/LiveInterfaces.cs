using SharpPcap.LibPcap;

namespace Vigil.Capture.Live;

/// <summary>
/// The interface list from libpcap, with a missing libpcap turned into a clear
/// <see cref="CaptureUnavailableException"/> instead of a type-initialisation failure.
/// </summary>
internal static class LiveInterfaces
{
    private const string Missing =
        "live capture needs libpcap, which is not installed (Debian/Ubuntu: apt-get install libpcap0.8)";

    public static IReadOnlyList<string> Names() => Devices().Select(device => device.Name).ToList();

    /// <summary>A fresh device for the interface, or null when there is none by that name.</summary>
    public static LibPcapLiveDevice? Find(string name) =>
        Devices().FirstOrDefault(device => string.Equals(device.Name, name, StringComparison.Ordinal));

    private static LibPcapLiveDeviceList Devices()
    {
        try
        {
            // New() rather than the shared Instance: each capture gets a device object of its own.
            return LibPcapLiveDeviceList.New();
        }
        catch (Exception ex) when (ex is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
        {
            throw new CaptureUnavailableException(Missing, ex);
        }
    }
}
