using Vigil.Contracts.Flows;
using Vigil.Protocols.Catalog;

namespace Vigil.Detection.Models;

/// <summary>
/// How many ICS requests a device has sent, and how many of them changed a device's run state (stop,
/// start, reset, restart: <see cref="OperationCatalog.ChangesRunState"/>), counted from the reports
/// before the current one. Reports carry cumulative counts per flow, so each open flow's last counts
/// are kept to add only what a report adds. A request is counted once by its most frequent key: a CIP
/// request also counts its object class, so a sum over keys would count it twice — the maximum is a
/// lower bound, which errs towards the ordinary.
/// </summary>
public sealed class RequestHistory
{
    /// <summary>Open flows whose counts are kept; past this the oldest is dropped (its later reports count in full again).</summary>
    public const int MaxOpenFlows = 64;

    /// <summary>Requests sent in reports already seen.</summary>
    public long Requests { get; set; }

    /// <summary>Of <see cref="Requests"/>, the ones that changed a device's run state.</summary>
    public long RunStateRequests { get; set; }

    /// <summary>Flow id → [requests, run-state requests] it had reported so far, for flows still open.</summary>
    public SortedDictionary<ulong, long[]> OpenFlows { get; set; } = [];

    /// <summary>
    /// The probability that the device's next request changes a run state, from the requests before:
    /// the posterior mean (k + ½)/(n + 1) under Jeffreys' prior — ½ with no history, 1/(2n + 2) after
    /// n requests none of which did.
    /// </summary>
    public double RunStateProbability => (RunStateRequests + 0.5) / (Requests + 1.0);

    /// <summary>Counts what <paramref name="flow"/>'s report adds; call after judging it.</summary>
    public void Observe(FlowEvent flow, IReadOnlyDictionary<string, int> operations)
    {
        long requests = 0, runState = 0;
        foreach (var (key, count) in operations)
        {
            requests = Math.Max(requests, count);
            runState += OperationCatalog.ChangesRunState(key) ? count : 0;
        }
        requests = Math.Max(requests, runState);
        var before = OpenFlows.GetValueOrDefault(flow.FlowId) ?? [0, 0];
        Requests += Math.Max(0, requests - before[0]);
        RunStateRequests += Math.Max(0, runState - before[1]);
        if (flow.IsFinal)
        {
            OpenFlows.Remove(flow.FlowId);
            return;
        }
        if (!OpenFlows.ContainsKey(flow.FlowId) && OpenFlows.Count >= MaxOpenFlows)
        {
            OpenFlows.Remove(OpenFlows.Keys.First());
        }
        OpenFlows[flow.FlowId] = [Math.Max(requests, before[0]), Math.Max(runState, before[1])];
    }
}
