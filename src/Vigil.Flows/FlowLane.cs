namespace Vigil.Flows;

/// <summary>
/// An intrusive doubly linked list of flows of one timeout class, oldest activity first. Every
/// operation is O(1) and allocation-free: the links live in the <see cref="FlowEntry"/> itself.
/// </summary>
internal sealed class FlowLane
{
    private FlowEntry? _newest;

    public FlowLane(FlowLaneKind kind, TimeSpan timeout)
    {
        Kind = kind;
        TimeoutNs = timeout.Ticks * 100;
    }

    public FlowLaneKind Kind { get; }

    /// <summary>How long a flow may stay in this lane without being touched.</summary>
    public long TimeoutNs { get; }

    /// <summary>The least recently touched flow, the first to expire or be evicted.</summary>
    public FlowEntry? Oldest { get; private set; }

    /// <summary>Whether <paramref name="entry"/> (in this lane) has outlived the timeout at <paramref name="nowNs"/>.</summary>
    public bool IsExpired(FlowEntry entry, long nowNs) => nowNs - entry.LaneStampNs >= TimeoutNs;

    /// <summary>Puts a flow that is in no lane at the newest end, stamped with <paramref name="nowNs"/>.</summary>
    public void Append(FlowEntry entry, long nowNs)
    {
        entry.Lane = this;
        entry.LaneStampNs = nowNs;
        entry.Previous = _newest;
        entry.Next = null;
        if (_newest is null)
        {
            Oldest = entry;
        }
        else
        {
            _newest.Next = entry;
        }
        _newest = entry;
    }

    /// <summary>Takes a flow of this lane out of it.</summary>
    public void Remove(FlowEntry entry)
    {
        if (entry.Previous is null)
        {
            Oldest = entry.Next;
        }
        else
        {
            entry.Previous.Next = entry.Next;
        }
        if (entry.Next is null)
        {
            _newest = entry.Previous;
        }
        else
        {
            entry.Next.Previous = entry.Previous;
        }
        entry.Previous = null;
        entry.Next = null;
        entry.Lane = null;
    }

    /// <summary>Marks a flow of this lane as just active: it moves to the newest end.</summary>
    public void Touch(FlowEntry entry, long nowNs)
    {
        entry.LaneStampNs = nowNs;
        if (_newest == entry)
        {
            return;
        }
        Remove(entry);
        Append(entry, nowNs);
    }
}
