using Vigil.Host.Ingest;

namespace Vigil.Cluster.Sensor;

/// <summary>
/// The steps a sensor has cut but the cluster has not yet taken, bounded by flow events (a step can
/// hold one event or 50,000). While the cluster is reachable it stays nearly empty; while it is not,
/// it fills, and at the bound it either holds the reader back or drops the oldest steps, counting
/// what it dropped so the sensor can say so.
/// </summary>
public sealed class StepBuffer(int capacityEvents, WhenFull whenFull)
{
    private readonly LinkedList<CaptureStep> _steps = new();
    private readonly object _gate = new();
    private TaskCompletionSource _itemAdded = NewSignal();
    private TaskCompletionSource _spaceFreed = NewSignal();
    private CaptureStep? _inFlight;
    private int _events;
    private bool _completed;

    public int CapacityEvents { get; } = capacityEvents;

    public long DroppedSteps { get; private set; }

    public long DroppedEvents { get; private set; }

    /// <summary>Capture time of the newest step dropped so far (ns), or null.</summary>
    public long? LastDroppedStepEndNs { get; private set; }

    public int BufferedEvents
    {
        get
        {
            lock (_gate)
            {
                return _events;
            }
        }
    }

    /// <summary>Adds a step; blocks the calling (reading) thread while full in <see cref="WhenFull.Block"/> mode.</summary>
    public void Add(CaptureStep step)
    {
        while (true)
        {
            Task wait;
            lock (_gate)
            {
                // A step bigger than the whole buffer still goes in alone, or the reader would wait forever.
                var fits = _events + step.EventCount <= CapacityEvents || _steps.Count == 0;
                if (!fits && whenFull == WhenFull.DropOldest)
                {
                    // The step the cluster is working on is never dropped: it may already be half delivered.
                    while (OldestDroppable() is { } node && _events + step.EventCount > CapacityEvents)
                    {
                        var dropped = node.Value;
                        _steps.Remove(node);
                        _events -= dropped.EventCount;
                        DroppedSteps++;
                        DroppedEvents += dropped.EventCount;
                        LastDroppedStepEndNs = dropped.StepEndNs;
                    }
                    fits = true;
                }
                if (fits)
                {
                    _steps.AddLast(step);
                    _events += step.EventCount;
                    _itemAdded.TrySetResult();
                    return;
                }
                wait = _spaceFreed.Task;
            }
            wait.GetAwaiter().GetResult();
        }
    }

    /// <summary>No more steps will be added.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _completed = true;
            _itemAdded.TrySetResult();
        }
    }

    /// <summary>The oldest step without removing it (a step leaves only once the cluster took it), or null when completed and empty.</summary>
    public async Task<CaptureStep?> PeekAsync(CancellationToken cancellation)
    {
        while (true)
        {
            Task wait;
            lock (_gate)
            {
                if (_steps.First is { } first)
                {
                    _inFlight = first.Value;
                    return first.Value;
                }
                if (_completed)
                {
                    return null;
                }
                if (_itemAdded.Task.IsCompleted)
                {
                    _itemAdded = NewSignal();
                }
                wait = _itemAdded.Task;
            }
            await wait.WaitAsync(cancellation);
        }
    }

    /// <summary>Removes <paramref name="step"/> once the cluster has processed it (unless it was dropped meanwhile).</summary>
    public void Remove(CaptureStep step)
    {
        lock (_gate)
        {
            if (_steps.First is { } first && ReferenceEquals(first.Value, step))
            {
                _steps.RemoveFirst();
                _events -= step.EventCount;
            }
            _inFlight = null;
            _spaceFreed.TrySetResult();
            _spaceFreed = NewSignal();
        }
    }

    private LinkedListNode<CaptureStep>? OldestDroppable()
    {
        var node = _steps.First;
        return node is not null && ReferenceEquals(node.Value, _inFlight) ? node.Next : node;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
