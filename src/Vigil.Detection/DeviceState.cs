using Vigil.Detection.Devices;
using Vigil.Detection.Identity;
using Vigil.Detection.Models;

namespace Vigil.Detection;

/// <summary>
/// Everything Vigil keeps about one device: its profile, its models' baselines and its event log.
/// Persisted as JSON; <see cref="Version"/> says which shape was written so a newer Vigil can read
/// an older state.
/// </summary>
public sealed class DeviceState
{
    public const int CurrentVersion = 1;

    public int Version { get; set; } = CurrentVersion;
    public DeviceProfile Profile { get; set; } = new();
    public FailedConnectionsBaseline FailedConnections { get; set; } = new();
    public NewDeviceState NewDevice { get; set; } = new();
    public ConnectionHistory History { get; set; } = new();
    public DeviceIdentityState Identity { get; set; } = new();
    public int AlertCount { get; set; }
}
