using Vigil.Detection.Devices;
using Vigil.Detection.Identity;
using Vigil.Detection.Models;

namespace Vigil.Detection;

/// <summary>
/// Everything Vigil keeps about one device: its profile, its models' baselines and its event log.
/// Persisted as JSON; <see cref="Version"/> says which shape was written so a newer Vigil can read
/// an older state (members added since version 1 start empty).
/// </summary>
public sealed class DeviceState
{
    public const int CurrentVersion = 2;

    public int Version { get; set; } = CurrentVersion;
    public DeviceProfile Profile { get; set; } = new();
    public FailedConnectionsBaseline FailedConnections { get; set; } = new();
    public FailedConnectionsBaseline FailedIcsConnections { get; set; } = new();
    public NewDeviceState NewDevice { get; set; } = new();
    /// <summary>Conversations and ICS operations per peer, and the device's own rate of firsts.</summary>
    public ConversationBaseline Conversations { get; set; } = new();
    /// <summary>ICS requests sent and how many changed a run state, for weighing a first PLC stop.</summary>
    public RequestHistory Requests { get; set; } = new();
    /// <summary>Bytes sent per peer per window and their baseline.</summary>
    public UploadBaseline Upload { get; set; } = new();
    /// <summary>Open alert episodes, one per model (and reason).</summary>
    public EpisodeBook Episodes { get; set; } = new();
    /// <summary>First-time behaviours of the last ten minutes, per kind.</summary>
    public RecentCounts Recent { get; set; } = new();
    public ConnectionHistory History { get; set; } = new();
    public DeviceIdentityState Identity { get; set; } = new();
    public int AlertCount { get; set; }
}
