namespace Vigil.Contracts.Subnets;

/// <summary>
/// What the whole estate knew at the start of a step, cut down to what one device's events need:
/// the zone of the device and of each peer, and how many established devices had contacted each
/// external endpoint it talks to. Not changed during the step, like <see cref="SubnetProfile"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("vigil.estate-view")]
public sealed record EstateView
{
    /// <summary>The device's own zone role (see <see cref="ZoneRoles"/>).</summary>
    [Id(0)] public string Zone { get; init; } = ZoneRoles.It;
    /// <summary>Peer IP → zone role, for every peer in the step's events.</summary>
    [Id(1)] public IReadOnlyDictionary<string, string> PeerZones { get; init; } = new Dictionary<string, string>();
    /// <summary>External endpoint IP → established devices of the estate that contacted it before this step.</summary>
    [Id(2)] public IReadOnlyDictionary<string, int> ExternalReach { get; init; } = new Dictionary<string, int>();
    /// <summary>Devices of the estate that were established (seen before learning ended).</summary>
    [Id(3)] public int EstablishedDevices { get; init; }

    public static EstateView Empty { get; } = new();

    /// <summary>The zone of <paramref name="peer"/>; external when the view does not know it and it is not internal.</summary>
    public string ZoneOf(string peer, bool isInternal) =>
        PeerZones.TryGetValue(peer, out var zone) ? zone : isInternal ? ZoneRoles.It : ZoneRoles.External;
}
