using Vigil.Contracts.Flows;
using Vigil.Detection.Models;
using static Vigil.Detection.Tests.Flows;

namespace Vigil.Detection.Tests.Models;

/// <summary>Requests counted from cumulative flow reports: once per request, only what each report adds.</summary>
public sealed class RequestHistoryTests
{
    private static FlowEvent Report(ulong flowId, bool isFinal) =>
        Final(0, "10.20.0.5", "10.20.0.10", 44818, "SF") with { FlowId = flowId, IsFinal = isFinal, IsFirst = false };

    [Fact]
    public void Interim_reports_add_only_their_new_requests_and_a_request_counts_once_despite_its_class_key()
    {
        var history = new RequestHistory();

        history.Observe(Report(7, isFinal: false), new Dictionary<string, int> { ["cip/3"] = 10, ["cip/class/1"] = 10 });
        Assert.Equal((10, 0), (history.Requests, history.RunStateRequests));

        history.Observe(Report(7, isFinal: false), new Dictionary<string, int> { ["cip/3"] = 25, ["cip/class/1"] = 25, ["cip/7"] = 1, ["cip/class/142"] = 1 });
        Assert.Equal((25, 1), (history.Requests, history.RunStateRequests));

        history.Observe(Report(7, isFinal: true), new Dictionary<string, int> { ["cip/3"] = 25, ["cip/class/1"] = 25, ["cip/7"] = 1, ["cip/class/142"] = 1 });
        Assert.Equal((25, 1), (history.Requests, history.RunStateRequests));
        Assert.Empty(history.OpenFlows);
    }

    [Fact]
    public void With_no_history_a_run_state_change_is_even_odds_and_it_gets_rarer_with_every_other_request()
    {
        var history = new RequestHistory();
        Assert.Equal(0.5, history.RunStateProbability);

        history.Observe(Report(1, isFinal: true), new Dictionary<string, int> { ["modbus/3"] = 999 });

        Assert.Equal(0.5 / 1000, history.RunStateProbability, 12);
    }

    [Fact]
    public void Open_flows_kept_are_bounded()
    {
        var history = new RequestHistory();
        for (ulong id = 0; id < RequestHistory.MaxOpenFlows + 10; id++)
        {
            history.Observe(Report(id, isFinal: false), new Dictionary<string, int> { ["modbus/3"] = 1 });
        }

        Assert.Equal(RequestHistory.MaxOpenFlows, history.OpenFlows.Count);
        Assert.Equal(10UL, history.OpenFlows.Keys.First());
    }
}
