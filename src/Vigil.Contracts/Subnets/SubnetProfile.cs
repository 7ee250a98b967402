namespace Vigil.Contracts.Subnets;

/// <summary>
/// What is normal for the devices of one subnet, as its device grains need it when judging one of
/// their own: how many internal peers a device usually has, and how common each service is.
/// Handed to device grains at the start of a step and not changed during it, so that results do
/// not depend on the order in which grains run.
/// </summary>
[GenerateSerializer, Immutable, Alias("vigil.subnet-profile")]
public sealed record SubnetProfile
{
    [Id(0)] public required string Subnet { get; init; }
    /// <summary>Devices of the subnet that were established (seen before the learning window ended).</summary>
    [Id(1)] public int EstablishedDevices { get; init; }
    /// <summary>Mean over established devices of distinct internal peers contacted in 24 h.</summary>
    [Id(2)] public double MeanDailyPeers { get; init; }
    /// <summary>Variance of the same.</summary>
    [Id(3)] public double VarianceDailyPeers { get; init; }
    /// <summary>Service ("tcp/3389") → number of established devices that used it as a client.</summary>
    [Id(4)] public IReadOnlyDictionary<string, int> ServiceClients { get; init; } = new Dictionary<string, int>();
    /// <summary>
    /// Hours of observation summed over established devices (first to last packet): the exposure
    /// against which the rate of a first-time behaviour is estimated.
    /// </summary>
    [Id(5)] public double DeviceHours { get; init; }
    /// <summary>
    /// Behaviour ("zone/ics": opened a path into the ICS zone, "ics-external", "unseen-external") →
    /// established devices that showed it: how common it is here, for judging a device new to the subnet.
    /// </summary>
    [Id(6)] public IReadOnlyDictionary<string, int> BehaviourDevices { get; init; } = new Dictionary<string, int>();

    public static SubnetProfile Empty(string subnet) => new() { Subnet = subnet };
}
