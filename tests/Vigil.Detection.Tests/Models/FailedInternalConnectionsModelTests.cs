using Vigil.Contracts.Alerts;
using Vigil.Contracts.Subnets;
using Vigil.Detection.Models;
using static Vigil.Detection.Tests.Flows;

namespace Vigil.Detection.Tests.Models;

public sealed class FailedInternalConnectionsModelTests
{
    private const string Device = "10.0.0.5";
    private static readonly long LearningEnd = 24 * Hour;
    private readonly StepContext _context = new(Device, "10.0.0.0/24", 0, LearningEnd, SubnetProfile.Empty("10.0.0.0/24"));

    [Fact]
    public void A_burst_of_failures_after_learning_from_a_quiet_device_alerts_once()
    {
        var baseline = new FailedConnectionsBaseline();
        LearnQuietDay(baseline);
        var alerts = Burst(baseline, LearningEnd + Hour, failures: 40);

        var alert = Assert.Single(alerts);
        Assert.Equal(ModelNames.MultipleFailedInternalConnections, alert.Model);
        Assert.Equal(Device, alert.Device);
        Assert.InRange(alert.Score, 0.5, 1.0);
        Assert.Contains("\"failed_attempts\":10", alert.EvidenceJson);
    }

    [Fact]
    public void The_same_burst_during_learning_raises_nothing()
    {
        var baseline = new FailedConnectionsBaseline();
        Assert.Empty(Burst(baseline, Hour, failures: 40));
    }

    [Fact]
    public void A_device_that_always_fails_this_much_is_not_alerted()
    {
        var baseline = new FailedConnectionsBaseline();
        // Three days of a device that fails ~3 times a minute (a misconfigured poller).
        for (var t = 0L; t < 3 * 24 * Hour; t += 20 * Second)
        {
            FailedInternalConnectionsModel.Observe(baseline, Final(t, Device, "10.0.0.9", 502, "REJ"), _context);
        }
        var alerts = Burst(baseline, 3 * 24 * Hour + Minute, failures: 30, spacing: 20 * Second);
        Assert.Empty(alerts);
    }

    [Fact]
    public void Failures_to_external_hosts_and_as_responder_are_not_counted()
    {
        var baseline = new FailedConnectionsBaseline();
        LearnQuietDay(baseline);
        var t = LearningEnd + Hour;
        for (var i = 0; i < 50; i++)
        {
            Assert.Null(FailedInternalConnectionsModel.Observe(baseline, Final(t + i * Second, Device, "198.51.100.7", 443, "S0", respInternal: false), _context));
            Assert.Null(FailedInternalConnectionsModel.Observe(baseline, Final(t + i * Second, "10.0.0.77", Device, 22, "S0"), _context));
        }
    }

    [Fact]
    public void A_new_burst_after_the_first_calms_down_is_a_new_episode()
    {
        var baseline = new FailedConnectionsBaseline();
        LearnQuietDay(baseline);
        Assert.Single(Burst(baseline, LearningEnd + Hour, failures: 30));
        Assert.Single(Burst(baseline, LearningEnd + 3 * Hour, failures: 30));
    }

    private void LearnQuietDay(FailedConnectionsBaseline baseline)
    {
        // One failure an hour, and successes in between, for the learning day.
        for (var t = 0L; t < LearningEnd; t += Hour)
        {
            FailedInternalConnectionsModel.Observe(baseline, Final(t, Device, "10.0.0.9", 445, "SF"), _context);
            FailedInternalConnectionsModel.Observe(baseline, Final(t + 30 * Minute, Device, "10.0.0.10", 445, "S0"), _context);
        }
    }

    private List<Alert> Burst(FailedConnectionsBaseline baseline, long start, int failures, long spacing = 2 * Second)
    {
        var alerts = new List<Alert>();
        for (var i = 0; i < failures; i++)
        {
            var flow = Final(start + i * spacing, Device, $"10.0.0.{100 + i % 100}", 102, i % 2 == 0 ? "S0" : "REJ");
            if (FailedInternalConnectionsModel.Observe(baseline, flow, _context) is { } alert)
            {
                alerts.Add(alert);
            }
        }
        return alerts;
    }
}
