using Vigil.Contracts.Alerts;
using Vigil.Host.Analysis;

namespace Vigil.Grains.Tests;

/// <summary>The run's alerts: an update folds into its alert (one line in alerts.jsonl) and leaves the time it happened.</summary>
public sealed class AlertBookTests
{
    private const long T0 = 1_713_751_200_000_000_000;
    private const long Minute = 60_000_000_000;

    private static Alert Breach(long at, double score, string summary) => new()
    {
        TimeNs = at, Device = "10.10.0.66", Model = ModelNames.UnusualActivityFromNewDevice, Score = score, Summary = summary, EvidenceJson = "{}",
    };

    [Fact]
    public void Updates_with_new_evidence_keep_one_alert_and_record_when_they_came()
    {
        var book = new AlertBook();
        book.Add(Breach(T0, 0.4, "RDP into the ICS zone"));
        book.Add(Breach(T0, 0.9, "and a scan") with { IsUpdate = true, EndNs = T0 + 30 * Minute });
        book.Add(Breach(T0, 0.95, "and ICS towards the internet") with { IsUpdate = true, EndNs = T0 + 60 * Minute });

        var alert = Assert.Single(book.Alerts);
        Assert.Equal((T0, T0 + 60 * Minute, 0.95, "and ICS towards the internet"), (alert.TimeNs, alert.EndNs, alert.Score, alert.Summary));
        Assert.Equal([T0 + 30 * Minute, T0 + 60 * Minute], alert.UpdatesNs);
        Assert.False(alert.IsUpdate);
    }

    [Fact]
    public void An_update_that_says_nothing_later_than_its_alert_adds_no_time()
    {
        var book = new AlertBook();
        book.Add(Breach(T0, 0.9, "scan") with { Model = ModelNames.NetworkScan, EndNs = T0 + Minute });
        book.Add(Breach(T0, 0.9, "scan ended") with { Model = ModelNames.NetworkScan, IsUpdate = true });

        Assert.Empty(Assert.Single(book.Alerts).UpdatesNs);
    }
}
