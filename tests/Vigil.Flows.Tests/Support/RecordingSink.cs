namespace Vigil.Flows.Tests.Support;

/// <summary>Keeps every report it receives, in order.</summary>
internal sealed class RecordingSink : IFlowSink
{
    public List<FlowSnapshot> Reports { get; } = [];

    public IEnumerable<FlowSnapshot> Finals => Reports.Where(r => r.Kind == FlowUpdateKind.Final);

    public IEnumerable<FlowSnapshot> Interims => Reports.Where(r => r.Kind == FlowUpdateKind.Interim);

    /// <summary>The only final report; fails when there is not exactly one.</summary>
    public FlowSnapshot SingleFinal => Assert.Single(Finals);

    public void OnFlow(FlowRecord flow, FlowUpdateKind kind) => Reports.Add(FlowSnapshot.Of(flow, kind));
}
