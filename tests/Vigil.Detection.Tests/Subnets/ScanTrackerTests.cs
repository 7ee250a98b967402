using Vigil.Contracts.Alerts;
using Vigil.Contracts.Subnets;
using Vigil.Detection.Subnets;
using static Vigil.Detection.Tests.Flows;

namespace Vigil.Detection.Tests.Subnets;

public sealed class ScanTrackerTests
{
    private static DeviceActivitySummary Summary(string device, long t, IEnumerable<string> contacts) =>
        new() { Device = device, Subnet = "10.10.0.0/24", StepLastEventNs = t, FirstContacts = contacts.ToArray() };

    [Fact]
    public void A_source_whose_first_contacts_mostly_fail_is_reported_once_and_updated_with_its_end()
    {
        var tracker = new ScanTracker();
        var alerts = new List<Alert>();
        for (var step = 0; step < 10; step++)
        {
            var contacts = Enumerable.Range(step * 10, 10).Select(h => $"10.20.0.{h}:502:{(h % 7 == 0 ? "ok" : "fail")}");
            if (tracker.Observe(Summary("10.10.0.66", 100 * Hour + step * 10 * Second, contacts), learningEndNs: Hour) is { } alert)
            {
                alerts.Add(alert);
            }
        }
        var updates = tracker.Close("10.10.0.0/24", 100 * Hour + Hour);

        var scan = Assert.Single(alerts);
        Assert.Equal(ModelNames.NetworkScan, scan.Model);
        Assert.False(scan.IsUpdate);
        Assert.InRange(scan.Score, 0.3, 1);
        var update = Assert.Single(updates);
        Assert.True(update.Score > 0.95, $"score {update.Score}: the significance grows as the scan goes on");
        Assert.True(update.IsUpdate);
        Assert.Contains("\"distinct_hosts\":100", update.EvidenceJson);
        Assert.Contains("\"status\":\"ended\"", update.EvidenceJson);
        Assert.Equal(100 * Hour + 90 * Second, update.EndNs);
    }

    [Fact]
    public void A_client_whose_first_contacts_succeed_is_not_a_scanner()
    {
        var tracker = new ScanTracker();
        var contacts = Enumerable.Range(1, 50).Select(h => $"10.20.0.{h}:445:{(h % 10 == 0 ? "fail" : "ok")}");

        Assert.Null(tracker.Observe(Summary("10.10.0.5", 100 * Hour, contacts), learningEndNs: Hour));
    }
}
