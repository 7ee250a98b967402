using Vigil.Contracts.Alerts;
using Xunit.Abstractions;

namespace Vigil.EndToEnd.Tests;

/// <summary>The quality bar of the models on the simulator's labelled scenarios (short runs, one seed each).</summary>
public sealed class SimulatedPlantTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("vigil-plant-").FullName;

    [Fact]
    public async Task The_reference_incident_raises_the_catalog_on_the_attacker_within_a_minute_of_each_step()
    {
        var run = await SimulatedRun.RunAsync("reference-incident", 1, _directory);
        var ttd = run.TimeToDetectByModel();
        foreach (var (model, time) in ttd)
        {
            output.WriteLine($"{model,-45} {time}");
        }

        // Every catalog model fires on the attacker in some step.
        Assert.Equal(ModelNames.All.Order(StringComparer.Ordinal), ttd.Keys.Order(StringComparer.Ordinal));
        // Each within a minute of its step's first packet.
        Assert.All(ttd, t => Assert.True(t.Value <= TimeSpan.FromSeconds(60), $"{t.Key}: {t.Value}"));
        Assert.Equal(0, run.Evaluation.FalseAlerts.Count);
    }

    [Fact]
    public async Task The_benign_plant_stays_within_the_false_alert_budget()
    {
        var run = await SimulatedRun.RunAsync("benign", 1, _directory);
        foreach (var alert in run.Evaluation.FalseAlerts.Alerts)
        {
            output.WriteLine($"{alert.Time:O} {alert.Device} {alert.Model} {alert.Score}");
        }

        // At most one per 100 device-days outside the labelled maintenance window, which may alert.
        Assert.InRange(run.Evaluation.FalseAlerts.PerDeviceDay ?? 0, 0, 0.01);
        var maintenance = Assert.Single(run.Evaluation.BenignChanges, c => c.Name == "maintenance_window");
        Assert.All(maintenance.ModelsSeen, m => Assert.Contains(m, new[] { ModelNames.UncommonIcsReprogram, ModelNames.MultipleNewActionCommands }));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
