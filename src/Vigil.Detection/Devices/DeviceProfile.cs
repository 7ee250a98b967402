using Vigil.Contracts.Flows;

namespace Vigil.Detection.Devices;

/// <summary>
/// Who a device is and what it has done: addresses, peers, services and volumes. Every collection
/// is bounded, so a device that talks to a million peers costs no more than one that talks to a
/// thousand; counts past a bound are kept as plain numbers. Serialised with System.Text.Json.
/// </summary>
public sealed class DeviceProfile
{
    public const int MaxMacs = 8;
    public const int MaxVlans = 8;
    public const int MaxServices = 64;

    public long FirstSeenNs { get; set; } = long.MaxValue;
    public long LastSeenNs { get; set; }
    public SortedSet<ulong> Macs { get; set; } = [];
    public SortedSet<int> Vlans { get; set; } = [];
    public PeerActivity Peers { get; set; } = new();
    /// <summary>Services the device answered as a server.</summary>
    public SortedSet<string> ServicesOffered { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Services the device used as a client.</summary>
    public SortedSet<string> ServicesUsed { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Behaviours its subnet counts among its members (zones entered, ICS towards the internet, …; a handful at most).</summary>
    public SortedSet<string> Behaviours { get; set; } = new(StringComparer.Ordinal);
    public long Flows { get; set; }
    public long BytesSent { get; set; }
    public long BytesReceived { get; set; }

    /// <summary>
    /// Folds one flow report in. Returns the service key when the device used it as a client for the
    /// first time (for the subnet's rarity counts), else null.
    /// </summary>
    public string? Observe(FlowEvent flow, bool isOriginator)
    {
        FirstSeenNs = Math.Min(FirstSeenNs, flow.StartNs);
        LastSeenNs = Math.Max(LastSeenNs, flow.EndNs);
        AddBounded(Macs, isOriginator ? flow.OrigMac : flow.RespMac, MaxMacs, skip: 0UL);
        AddBounded(Vlans, flow.Vlan, MaxVlans, skip: 0);
        BytesSent += isOriginator ? flow.NewOrigBytes : flow.NewRespBytes;
        BytesReceived += isOriginator ? flow.NewRespBytes : flow.NewOrigBytes;
        if (!flow.IsFirst)
        {
            return null;
        }
        Flows++;
        Peers.Touch(isOriginator ? flow.Resp : flow.Orig, flow.StartNs, internalPeer: isOriginator ? flow.RespInternal : flow.OrigInternal, asOriginator: isOriginator);
        var service = ServiceKey.Of(flow);
        if (!isOriginator)
        {
            // A server is one that answered: an unanswered probe does not make a service.
            if (flow.RespPkts > 0 && flow.State is not ("REJ" or "S0" or "RSTOS0" or "SH"))
            {
                AddBounded(ServicesOffered, service, MaxServices, skip: "");
            }
            return null;
        }
        return AddBounded(ServicesUsed, service, MaxServices, skip: "") ? service : null;
    }

    /// <summary>Remembers a behaviour; true the first time, when the subnet should count the device.</summary>
    public bool AddBehaviour(string behaviour) => AddBounded(Behaviours, behaviour, MaxServices, skip: "");

    private static bool AddBounded<T>(SortedSet<T> set, T value, int max, T skip)
    {
        if (EqualityComparer<T>.Default.Equals(value, skip) || set.Count >= max && !set.Contains(value))
        {
            return false;
        }
        return set.Add(value);
    }
}
