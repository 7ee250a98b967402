using Vigil.Contracts.Alerts;
using Vigil.Host.Analysis;
using Vigil.Host.Publishing;

namespace Vigil.Api.Tests.Publishing;

/// <summary>
/// Step-wise correlation tells the same stories as the end of `analyze` (it reuses the correlator),
/// under keys that stay put while a story grows, and says when one story absorbs another.
/// </summary>
public sealed class IncidentTrackerTests
{
    private const long T0 = 1_713_751_200_000_000_000;
    private const long Minute = 60_000_000_000;

    private static Alert Breach(string device, string model, long at, params string[] peers) => new()
    {
        TimeNs = at, Device = device, Model = model, Score = 0.9, Summary = $"{device} {model}", EvidenceJson = "{}", Peers = peers,
    };

    [Fact]
    public void Stories_told_step_by_step_are_the_ones_told_at_the_end()
    {
        Alert[][] steps =
        [
            [Breach("10.10.0.66", ModelNames.UnusualActivityFromNewDevice, T0)],
            [Breach("10.10.0.66", ModelNames.NetworkScan, T0 + Minute, "10.20.0.5"), Breach("10.10.0.7", ModelNames.UnusualDataUpload, T0 + Minute)],
            [Breach("10.20.0.5", ModelNames.UnusualIcsConnectivity, T0 + 2 * Minute, "10.10.0.66")],
            [Breach("10.10.0.66", ModelNames.AnomalousSslWithoutSni, T0 + 300 * Minute)],
        ];
        var tracker = new IncidentTracker();
        var latest = new Dictionary<string, Incident>(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            var batch = tracker.Observe(step);
            Assert.Equal(step.Length, batch.AlertKeys.Count);
            foreach (var update in batch.Updates)
            {
                latest[update.Key] = update.Incident;
            }
        }

        var (expected, _) = IncidentCorrelator.Correlate([.. steps.SelectMany(s => s)]);
        Assert.Equal(expected.Count, latest.Count);
        foreach (var incident in expected)
        {
            var live = latest[IncidentTracker.KeyOf(incident.Timeline[0])];
            Assert.Equal((incident.Type, incident.Title, incident.Summary), (live.Type, live.Title, live.Summary));
            Assert.Equal(incident.Devices, live.Devices);
        }
        // The PLC's breach joined the scanner's story (it names the scanner), the upload on another host stayed apart.
        Assert.Equal(3, expected.Count);
    }

    [Fact]
    public void A_story_keeps_its_key_as_it_grows_and_updates_of_an_episode_change_it_without_adding_breaches()
    {
        var tracker = new IncidentTracker();
        var first = tracker.Observe([Breach("10.10.0.66", ModelNames.NetworkScan, T0)]);
        var key = Assert.Single(first.Updates).Key;
        Assert.Equal(IncidentTracker.KeyOf(Breach("10.10.0.66", ModelNames.NetworkScan, T0)), key);

        var update = Breach("10.10.0.66", ModelNames.NetworkScan, T0) with { Summary = "now 30 hosts", EndNs = T0 + Minute, IsUpdate = true };
        var second = tracker.Observe([update]);
        var changed = Assert.Single(second.Updates);
        Assert.Equal(key, changed.Key);
        Assert.Equal([key], second.AlertKeys);
        Assert.Equal("now 30 hosts", Assert.Single(changed.Incident.Timeline).Summary);

        var quiet = tracker.Observe([Breach("10.10.0.9", ModelNames.UnusualDataUpload, T0 + 2 * Minute)]);
        Assert.DoesNotContain(quiet.Updates, u => u.Key == key); // a story nothing happened to is not re-sent
    }

    [Fact]
    public void A_breach_brought_again_by_a_replayed_step_stays_one_breach_of_its_story()
    {
        var tracker = new IncidentTracker();
        Alert[] step = [Breach("10.10.0.66", ModelNames.NetworkScan, T0), Breach("10.10.0.66", ModelNames.UnusualActivityFromNewDevice, T0 + Minute)];
        var first = tracker.Observe(step);
        var key = Assert.Single(first.Updates).Key;

        var replayed = tracker.Observe(step);
        Assert.Empty(replayed.Updates); // the story did not change, so nothing is sent again
        Assert.Equal([key, key], replayed.AlertKeys);
        Assert.Equal(2, tracker.OpenAlerts);

        var next = tracker.Observe([Breach("10.10.0.66", ModelNames.MultipleFailedInternalConnections, T0 + 2 * Minute), step[0]]);
        Assert.Equal(3, Assert.Single(next.Updates).Incident.Timeline.Count);
    }

    [Fact]
    public void An_alert_that_links_two_stories_merges_the_younger_into_the_older()
    {
        var tracker = new IncidentTracker();
        var a = tracker.Observe([Breach("10.10.0.66", ModelNames.NetworkScan, T0)]).Updates[0].Key;
        var b = tracker.Observe([Breach("10.10.0.77", ModelNames.UnusualAdminRdpSession, T0 + Minute)]).Updates[0].Key;
        Assert.NotEqual(a, b);

        var link = tracker.Observe([Breach("10.10.0.5", ModelNames.UnusualIcsConnectivity, T0 + 2 * Minute, "10.10.0.66", "10.10.0.77")]);
        var merged = Assert.Single(link.Updates);
        Assert.Equal(a, merged.Key);
        Assert.Equal([b], merged.MergedKeys);
        Assert.Equal(3, merged.Incident.Timeline.Count);
    }

    [Fact]
    public void Stories_that_can_no_longer_grow_are_closed()
    {
        var tracker = new IncidentTracker();
        tracker.Observe([Breach("10.10.0.66", ModelNames.NetworkScan, T0), Breach("10.10.0.66", ModelNames.UnusualActivityFromNewDevice, T0 + Minute)]);
        Assert.Equal(2, tracker.OpenAlerts);
        var later = tracker.Observe([Breach("10.10.0.66", ModelNames.NetworkScan, T0 + 300 * Minute)]);
        Assert.Equal(1, tracker.OpenAlerts);
        Assert.Empty(Assert.Single(later.Updates).MergedKeys);
    }
}
