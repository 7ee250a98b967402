using Vigil.Contracts.Flows;

namespace Vigil.Detection.Devices;

/// <summary>
/// The device's recent connections, newest last, bounded: the per-device event log. A connection is
/// logged when it ends, and a long-lived one also when it starts, so hours-long polling sessions
/// are visible while they are open.
/// </summary>
public sealed class ConnectionHistory
{
    public const int Capacity = 256;

    public List<FlowEvent> Recent { get; set; } = [];

    public void Record(FlowEvent flow)
    {
        if (!flow.IsFinal && !flow.IsFirst)
        {
            return;
        }
        if (Recent.Count == Capacity)
        {
            // Removing the oldest from the front is O(capacity); at 256 entries cheaper than a ring's bookkeeping.
            Recent.RemoveAt(0);
        }
        Recent.Add(flow);
    }

    public IReadOnlyList<FlowEvent> Latest(int max) =>
        Recent.Count <= max ? Recent.ToArray() : Recent.GetRange(Recent.Count - max, max).ToArray();
}
