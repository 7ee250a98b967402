namespace Vigil.Flows;

/// <summary>Receives flow reports from a <see cref="FlowTracker"/>, synchronously, in capture order.</summary>
public interface IFlowSink
{
    /// <summary>
    /// Called for interim and final reports. <paramref name="flow"/> stays owned by the tracker and
    /// keeps changing after an interim report: copy what you need before returning.
    /// </summary>
    void OnFlow(FlowRecord flow, FlowUpdateKind kind);
}
