namespace Vigil.Flows;

/// <summary>
/// The open flows: one dictionary by key, and one least-recently-active list per timeout class.
/// Finding the next flow to expire or evict only looks at the oldest flow of each list.
/// </summary>
internal sealed class FlowTable
{
    private readonly Dictionary<FlowKey, FlowEntry> _flows;
    private readonly FlowLane[] _lanes;

    public FlowTable(FlowTrackerOptions options)
    {
        _flows = new Dictionary<FlowKey, FlowEntry>(Math.Min(options.MaxFlows, 1 << 16));
        _lanes =
        [
            new FlowLane(FlowLaneKind.TcpEstablished, options.TcpEstablishedIdleTimeout),
            new FlowLane(FlowLaneKind.TcpTransitory, options.TcpTransitoryIdleTimeout),
            new FlowLane(FlowLaneKind.TcpClosing, options.TcpCloseLinger),
            new FlowLane(FlowLaneKind.Udp, options.UdpIdleTimeout),
            new FlowLane(FlowLaneKind.Icmp, options.IcmpIdleTimeout),
            new FlowLane(FlowLaneKind.Other, options.OtherIdleTimeout),
        ];
    }

    public int Count => _flows.Count;

    public bool TryGet(in FlowKey key, out FlowEntry entry) => _flows.TryGetValue(key, out entry!);

    public void Add(FlowEntry entry, FlowLaneKind lane, long nowNs)
    {
        _flows.Add(entry.Key, entry);
        _lanes[(int)lane].Append(entry, nowNs);
    }

    public void Remove(FlowEntry entry)
    {
        _flows.Remove(entry.Key);
        entry.Lane?.Remove(entry);
    }

    /// <summary>
    /// Moves a flow to the lane of its current state and marks it active. Closing flows keep their
    /// place: their linger counts from the close, not from the last duplicate ACK.
    /// </summary>
    public void Place(FlowEntry entry, FlowLaneKind kind, long nowNs)
    {
        var current = entry.Lane!;
        if (current.Kind != kind)
        {
            current.Remove(entry);
            _lanes[(int)kind].Append(entry, nowNs);
        }
        else if (kind != FlowLaneKind.TcpClosing)
        {
            current.Touch(entry, nowNs);
        }
    }

    /// <summary>Whether the flow has outlived its lane's timeout at <paramref name="nowNs"/>.</summary>
    public static bool IsExpired(FlowEntry entry, long nowNs) => entry.Lane!.IsExpired(entry, nowNs);

    /// <summary>A flow whose timeout passed at <paramref name="nowNs"/>, or null when none did.</summary>
    public FlowEntry? NextExpired(long nowNs)
    {
        foreach (var lane in _lanes)
        {
            if (lane.Oldest is { } oldest && lane.IsExpired(oldest, nowNs))
            {
                return oldest;
            }
        }
        return null;
    }

    /// <summary>The flow touched longest ago, across all lanes.</summary>
    public FlowEntry? LeastRecentlyActive()
    {
        FlowEntry? found = null;
        foreach (var lane in _lanes)
        {
            if (lane.Oldest is { } oldest && (found is null || oldest.LaneStampNs < found.LaneStampNs))
            {
                found = oldest;
            }
        }
        return found;
    }

    /// <summary>Empties the table, returning its flows in order of creation.</summary>
    public List<FlowEntry> DrainInCreationOrder()
    {
        var all = new List<FlowEntry>(_flows.Values);
        all.Sort(static (x, y) => x.Record.Id.CompareTo(y.Record.Id));
        foreach (var entry in all)
        {
            entry.Lane?.Remove(entry);
        }
        _flows.Clear();
        return all;
    }
}
