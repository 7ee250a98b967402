using System.Text.Json.Serialization;
using Vigil.Detection.Devices;
using Vigil.Detection.Identity;
using Vigil.Detection.Models;

namespace Vigil.Detection;

/// <summary>
/// Everything Vigil keeps about one device: its profile, its models' baselines and its event log.
/// Persisted as JSON; <see cref="Version"/> says which shape was written so a newer Vigil can read
/// an older state: members added since version 1 start empty, and the event log of versions 1 and 2
/// (<c>History</c>, whole flow reports) is not read — its lines do not say which side was the device,
/// and the log refills within minutes of traffic — so such a state comes back with its models and an
/// empty <see cref="EventLog"/>, and is written as the current version from then on.
/// </summary>
public sealed class DeviceState : IJsonOnDeserialized
{
    /// <summary>3: the event log became <see cref="EventLog"/> (compact lines) instead of <c>History</c>.</summary>
    public const int CurrentVersion = 3;

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
    /// <summary>The per-device event log (recent connections).</summary>
    public ConnectionLog EventLog { get; set; } = new();
    public DeviceIdentityState Identity { get; set; } = new();
    public int AlertCount { get; set; }

    /// <summary>Whatever shape was read has been brought to the current one (see the class summary).</summary>
    void IJsonOnDeserialized.OnDeserialized() => Version = CurrentVersion;
}
