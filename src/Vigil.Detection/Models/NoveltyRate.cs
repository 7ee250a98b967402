using Vigil.Statistics;

namespace Vigil.Detection.Models;

/// <summary>
/// How surprising it is to see <c>k</c> first-time behaviours of a kind (a new peer for a service, a
/// new command for a pair) within a window. The rate of such firsts is estimated from the device's
/// own history pooled with its subnet's established devices, as events per device-hour:
/// (own firsts + subnet devices that do it + ½) / (own hours + subnet device-hours), the ½ being
/// Jeffreys' prior for a count never seen. The count in the window is then judged as Poisson.
/// A device that has done it often, or a subnet where many devices do it, is not surprising; a
/// behaviour nobody did in hundreds of device-hours is.
/// </summary>
public static class NoveltyRate
{
    private const double HourNs = 3_600_000_000_000d;

    /// <summary>Fewer hours than this of exposure are not trusted to say anything is rare.</summary>
    public const double MinExposureHours = 1;

    /// <summary>−log₁₀ P(X ≥ k) with X Poisson at the pooled first-time rate over <paramref name="windowNs"/>.</summary>
    /// <param name="count">First-time behaviours in the window (k).</param>
    /// <param name="windowNs">The window they were counted in.</param>
    /// <param name="ownFirsts">First-time behaviours of this kind the device showed before.</param>
    /// <param name="ownHours">Hours the device has been observed.</param>
    /// <param name="subnetDevicesDoingIt">Established devices of the subnet that do it.</param>
    /// <param name="subnetDeviceHours">Hours of observation summed over the subnet's established devices.</param>
    public static double Surprisal(long count, long windowNs, double ownFirsts, double ownHours, double subnetDevicesDoingIt, double subnetDeviceHours)
    {
        var exposure = Math.Max(MinExposureHours, ownHours + subnetDeviceHours);
        var ratePerHour = (ownFirsts + subnetDevicesDoingIt + 0.5) / exposure;
        return CountSurprisal.Of(count, ratePerHour * windowNs / HourNs);
    }

    /// <summary>The expected count over the window, for the evidence.</summary>
    public static double Expected(long windowNs, double ownFirsts, double ownHours, double subnetDevicesDoingIt, double subnetDeviceHours) =>
        (ownFirsts + subnetDevicesDoingIt + 0.5) / Math.Max(MinExposureHours, ownHours + subnetDeviceHours) * windowNs / HourNs;
}
