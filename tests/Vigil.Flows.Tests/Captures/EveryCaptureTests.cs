using Vigil.Tests;

namespace Vigil.Flows.Tests.Captures;

/// <summary>Every shared capture goes through the tracker without throwing, and every packet is accounted for.</summary>
public sealed class EveryCaptureTests
{
    [SkippableTheory]
    [MemberData(nameof(TestPaths.SharedPcapCases), MemberType = typeof(TestPaths))]
    public void Every_packet_lands_in_exactly_one_flow_or_is_counted_as_ignored(string capture)
    {
        var run = CaptureRun.Of(TestPaths.SharedPcap(capture));
        var tracker = run.Tracker;

        Assert.Equal(0, tracker.ActiveFlows);
        Assert.Equal(tracker.FlowsCreated, run.Sink.Finals.Count());
        Assert.Equal(tracker.PacketsProcessed, run.Sink.Finals.Sum(f => f.OrigPkts + f.RespPkts) + tracker.PacketsIgnored);
        Assert.All(run.Sink.Finals, f => Assert.True(f.OrigBytes >= 0 && f.RespBytes >= 0 && f.EndNs >= f.StartNs));
    }
}
