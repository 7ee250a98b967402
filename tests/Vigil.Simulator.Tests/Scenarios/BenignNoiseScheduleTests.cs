using Vigil.Simulator.Behaviour;
using Vigil.Simulator.Labels;
using Vigil.Simulator.Scenarios;

namespace Vigil.Simulator.Tests.Scenarios;

/// <summary>
/// The noise over days (a Monday 00:00 start, three hours of learning, two more days): what repeats repeats at
/// the same time of day, and the weekly full scan is followed by short discovery sweeps on the next weekdays.
/// Read with Vigil's own decoder: a tshark pass over a million packets would take minutes.
/// </summary>
public sealed class BenignNoiseScheduleTests : IClassFixture<BenignNoiseScheduleTests.Capture>
{
    private readonly Capture _capture;

    public BenignNoiseScheduleTests(Capture capture) => _capture = capture;

    /// <summary>The two-day capture, generated and decoded once for the class.</summary>
    public sealed class Capture : IDisposable
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("vigil-sim-noise-").FullName;

        public Capture()
        {
            var options = new SimulationOptions
            {
                Scenario = BenignDriftScenario.NoisyScenarioName,
                Seed = 5,
                Start = new DateTimeOffset(2024, 4, 22, 0, 0, 0, TimeSpan.Zero),
                LearningDuration = TimeSpan.FromHours(3),
                Tail = TimeSpan.FromDays(2),
            };
            var result = PlantSimulator.Run(options, Path.Combine(_directory, "noisy.pcap"));
            Labels = LabelsFile.Read(result.LabelsPath);
            Packets = DecodedCapture.Read(result.CapturePath);
        }

        public SimulationLabels Labels { get; }

        public DecodedCapture Packets { get; }

        public void Dispose() => Directory.Delete(_directory, recursive: true);
    }

    private IReadOnlyList<StepLabel> Steps(string name) => _capture.Labels.Steps.Where(s => s.Name == name).ToList();

    private static void SameTimeOfDay(IReadOnlyList<StepLabel> steps, TimeSpan tolerance)
    {
        Assert.True(steps.Count >= 3, $"{steps.Count} occurrences");
        var first = steps[0].Start.TimeOfDay;
        Assert.All(steps, s => Assert.True((s.Start.TimeOfDay - first).Duration() <= tolerance, $"{s.Name} at {s.Start:O}"));
    }

    [Fact]
    public void The_full_scan_runs_on_the_first_day_inside_learning_then_a_discovery_sweep_every_weekday_at_the_same_hour()
    {
        var full = Assert.Single(Steps("vulnerability_scan"));
        Assert.True(full.End <= _capture.Labels.LearningEnd);
        var sweeps = Steps("discovery_sweep");
        Assert.Equal(2, sweeps.Count);
        SameTimeOfDay([full, .. sweeps], TimeSpan.FromMinutes(20));
        foreach (var sweep in sweeps)
        {
            var probes = _capture.Packets.Rows.Where(r => r.IsSyn && r.Src == sweep.Attacker && r.Time >= sweep.Start && r.Time <= sweep.End).ToList();
            Assert.Equal(new HashSet<ushort>(BenignNoise.SweepPorts), probes.Select(p => p.DstPort).ToHashSet());
            Assert.Contains(_capture.Packets.Rows, r => r.Src == sweep.Attacker && r.IcmpType == 8 && r.Time >= sweep.Start && r.Time <= sweep.End);
        }
        var fullPorts = _capture.Packets.Rows.Where(r => r.IsSyn && r.Src == full.Attacker && r.Time >= full.Start && r.Time <= full.End).Select(r => r.DstPort).ToHashSet();
        Assert.Equal(new HashSet<ushort>(BenignNoise.FullScanPorts), fullPorts);
    }

    [Fact]
    public void Backups_and_printer_outages_repeat_daily_at_the_same_hour()
    {
        SameTimeOfDay(Steps("offline_printer"), TimeSpan.FromMinutes(10));
        var backups = Steps("nightly_backup");
        foreach (var source in backups.Select(b => b.Attacker).Distinct())
        {
            SameTimeOfDay(backups.Where(b => b.Attacker == source).ToList(), TimeSpan.FromMinutes(20));
        }
        Assert.All(Steps("offline_printer"), outage =>
        {
            var printer = Assert.Single(outage.Targets);
            Assert.Contains(_capture.Packets.Rows, r => r.IsSyn && r.Dst == printer && r.DstPort == 9100 && r.Time >= outage.Start && r.Time < outage.End);
            Assert.DoesNotContain(_capture.Packets.Rows, r => r.Src == printer && r.Time >= outage.Start && r.Time < outage.End);
        });
        Assert.True(_capture.Packets.ArpFrames > 0);
    }
}
