using Vigil.Contracts.Subnets;

namespace Vigil.Detection.Models;

/// <summary>What a model knows about the moment it judges: whose device, which step, what is normal around it.</summary>
public sealed record StepContext(string Device, string Subnet, long StepEndNs, long LearningEndNs, SubnetProfile SubnetProfile)
{
    private const double HourNs = 3_600_000_000_000d;

    /// <summary>Zones of the device and its peers, and the estate's rarity of external endpoints.</summary>
    public EstateView Estate { get; init; } = EstateView.Empty;

    /// <summary>The device's first packet (ns), for its own hours of observation.</summary>
    public long DeviceFirstSeenNs { get; init; } = long.MaxValue;

    /// <summary>The device was seen before the learning window ended: a member of the baseline's population.</summary>
    public bool IsEstablished => DeviceFirstSeenNs < LearningEndNs;

    /// <summary>Alerts are raised only for observations after the learning window.</summary>
    public bool IsLearning(long timeNs) => timeNs < LearningEndNs;

    /// <summary>Hours the device has been observed at <paramref name="timeNs"/>.</summary>
    public double OwnHours(long timeNs) => DeviceFirstSeenNs >= timeNs ? 0 : (timeNs - DeviceFirstSeenNs) / HourNs;

    /// <summary>First-time behaviours count towards the device's own rate only after its first hour, when every peer is new.</summary>
    public bool IsPastWarmup(long timeNs) => OwnHours(timeNs) >= 1;

    /// <summary>Established devices of the subnet that used <paramref name="service"/> as clients.</summary>
    public int SubnetClientsOf(string service) => SubnetProfile.ServiceClients.GetValueOrDefault(service);
}
