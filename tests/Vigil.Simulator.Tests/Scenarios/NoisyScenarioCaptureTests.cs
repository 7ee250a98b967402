using System.Globalization;
using Vigil.Contracts.Alerts;
using Vigil.Simulator.Labels;
using Vigil.Simulator.Scenarios;

namespace Vigil.Simulator.Tests.Scenarios;

/// <summary>What every scenario on the noisy plant (issue 13) must pass, on top of <see cref="ScenarioCaptureTests"/>.</summary>
public abstract class NoisyScenarioCaptureTests(SimulatedCaptures captures, string scenario) : ScenarioCaptureTests(captures, scenario)
{
    protected StepLabel Step(string name) => Labels.Steps.Single(s => s.Name == name);

    protected DeviceLabel Device(string ip) => Labels.Devices.Single(d => d.Ip == ip);

    protected string RoleIp(string role) => Labels.Devices.Single(d => d.Role == role).Ip;

    protected static DateTimeOffset Time(string epoch) =>
        DateTimeOffset.UnixEpoch.AddTicks((long)(decimal.Parse(epoch, CultureInfo.InvariantCulture) * TimeSpan.TicksPerSecond));

    [Fact]
    public void Noise_devices_are_established_and_every_noise_step_is_labelled_benign_noise_without_expectations()
    {
        var labels = Labels;
        foreach (var role in new[] { "printer", "vulnerability_scanner", "monitoring_server", "backup_server" })
        {
            Assert.False(labels.Devices.Single(d => d.Role == role).IsNew, role);
        }
        Assert.DoesNotContain(labels.Devices, d => d.Role == "decommissioned");
        var noise = labels.Steps.Where(s => s.Kind == StepLabel.BenignNoiseKind).ToList();
        Assert.Superset(new HashSet<string> { "monitoring_polls", "decommissioned_server", "offline_printer", "nightly_backup", "vulnerability_scan" },
            noise.Select(s => s.Name).ToHashSet());
        Assert.All(noise, s => Assert.Empty(s.ExpectedModels));
        // Each daily noise happens once inside learning, so the baseline has seen it.
        Assert.All(new[] { "offline_printer", "nightly_backup", "vulnerability_scan" }, name =>
            Assert.Contains(noise, s => s.Name == name && s.Start < labels.LearningEnd));
    }

    [Fact]
    public void Attack_steps_expect_catalog_or_proposed_models_and_start_after_learning()
    {
        var labels = Labels;
        var known = ModelNames.All.Concat(ProposedModels.All).ToHashSet();
        foreach (var step in labels.Steps.Where(s => s.Kind == StepLabel.AttackKind))
        {
            Assert.True(step.Start >= labels.LearningEnd, step.Name);
            Assert.NotEmpty(step.ExpectedModels);
            Assert.All(step.ExpectedModels, m => Assert.Contains(m, known));
            Assert.True(step.FirstPacket is { } first && first >= step.Start && first <= step.End, $"{step.Name}: {step.FirstPacket}");
        }
    }

    [SkippableFact]
    public void Wireshark_agrees_with_each_attack_steps_first_packet()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        foreach (var step in Labels.Steps.Where(s => s.Kind == StepLabel.AttackKind))
        {
            var first = Table.Values("frame.time_epoch", f => f("ip.src") == step.Attacker && step.Targets.Contains(f("ip.dst")))
                .Select(Time).Where(t => t >= step.Start && t <= step.End).Min();
            Assert.True(Math.Abs((first - step.FirstPacket!.Value).Ticks) < 10, $"{step.Name}: {first:O} vs {step.FirstPacket:O}");
        }
    }
}
