using Vigil.Detection.Subnets;

namespace Vigil.Grains.Subnets;

/// <summary>What a subnet grain keeps: each member's latest daily peer count and how many members use each service or show each behaviour.</summary>
[GenerateSerializer, Alias("vigil.subnet-state")]
public sealed class SubnetState
{
    public const int MaxMembers = 4096;
    public const int MaxServices = 1024;

    /// <summary>Established members → distinct internal peers in their latest 24 h.</summary>
    [Id(0)] public Dictionary<string, int> EstablishedDailyPeers { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Service → established members that used it as clients.</summary>
    [Id(1)] public Dictionary<string, int> ServiceClients { get; set; } = new(StringComparer.Ordinal);
    [Id(2)] public HashSet<string> Members { get; set; } = new(StringComparer.Ordinal);
    [Id(3)] public long Attempts { get; set; }
    [Id(4)] public long FailedAttempts { get; set; }
    /// <summary>Members past <see cref="SubnetState.MaxMembers"/>, counted only.</summary>
    [Id(5)] public long UntrackedMembers { get; set; }
    /// <summary>Established members → [first seen, last seen] (ns): their hours of observation.</summary>
    [Id(6)] public Dictionary<string, long[]> EstablishedSpans { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Sources of this subnet under the scan test.</summary>
    [Id(7)] public ScanTracker Scans { get; set; } = new();
    /// <summary>Behaviour (zone crossing, ICS towards the internet, unseen external endpoints) → established members that showed it.</summary>
    [Id(8)] public Dictionary<string, int> BehaviourDevices { get; set; } = new(StringComparer.Ordinal);
}
