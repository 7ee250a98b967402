using Vigil.Contracts.Alerts;

namespace Vigil.Contracts.Directory;

/// <summary>How callers reach the estate-wide grains, so every host uses the same keys.</summary>
public static class DirectoryGrains
{
    /// <summary>The key of the one directory, the one alert log and the one incident log of an estate.</summary>
    public const string EstateKey = "estate";

    public static IDeviceDirectoryGrain GetDeviceDirectory(this IGrainFactory grains) =>
        grains.GetGrain<IDeviceDirectoryGrain>(EstateKey);

    public static IAlertLogGrain GetAlertLog(this IGrainFactory grains) =>
        grains.GetGrain<IAlertLogGrain>(EstateKey);

    public static IIncidentLogGrain GetIncidentLog(this IGrainFactory grains) =>
        grains.GetGrain<IIncidentLogGrain>(EstateKey);
}
