using Vigil.Simulator.Labels;
using Vigil.Simulator.Scenarios;

namespace Vigil.Simulator.Tests.Scenarios;

public sealed class BenignNoisyCaptureTests(SimulatedCaptures captures)
    : NoisyScenarioCaptureTests(captures, BenignDriftScenario.NoisyScenarioName)
{
    [Fact]
    public void The_drift_of_the_benign_scenario_is_there_and_nothing_is_an_attack()
    {
        var labels = Labels;
        Assert.DoesNotContain(labels.Steps, s => s.Kind == StepLabel.AttackKind);
        Assert.Equal(["new_laptop", "shift_change_polling", "maintenance_window"],
            labels.Steps.Where(s => s.Kind == StepLabel.BenignChangeKind).Select(s => s.Name));
        Assert.True(labels.Devices.Single(d => d.Role == "laptop").IsNew);
    }

    [SkippableFact]
    public void The_offline_printer_never_answers_the_retried_syns_which_are_retransmitted()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        var outage = Labels.Steps.First(s => s.Name == "offline_printer");
        var printer = Assert.Single(outage.Targets);
        bool During(Func<string, string> f) => Time(f("frame.time_epoch")) is var t && t >= outage.Start && t < outage.End;
        var syns = Table.Where(f => During(f) && CaptureChecks.IsSyn(f) && f("ip.src") == outage.Attacker && f("ip.dst") == printer && f("tcp.dstport") == "9100").ToList();
        Assert.True(syns.Count > 100, $"{syns.Count} SYNs");
        // SYN plus two retransmissions per attempt: each client port appears three times (or a multiple, when two
        // attempts drew the same ephemeral port).
        Assert.All(syns.GroupBy(r => Table.Get(r, "tcp.srcport")), g => Assert.Equal(0, g.Count() % 3));
        Assert.Contains(syns.GroupBy(r => Table.Get(r, "tcp.srcport")), g => g.Count() == 3);
        Assert.Empty(Table.Where(f => During(f) && f("ip.src") == printer));
        Assert.NotEmpty(Table.Where(f => !During(f) && f("ip.src") == printer && f("icmp.type") == "0"));
    }

    [SkippableFact]
    public void The_decommissioned_server_is_tried_and_never_answers()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        var step = Labels.Steps.Single(s => s.Name == "decommissioned_server");
        var gone = Assert.Single(step.Targets);
        Assert.True(Table.Where(f => CaptureChecks.IsSyn(f) && f("ip.src") == step.Attacker && f("ip.dst") == gone && f("tcp.dstport") == "1433").Count() > 20);
        Assert.Empty(Table.Where(f => f("ip.src") == gone || f("arp.src.proto_ipv4") == gone));
        Assert.NotEmpty(Table.Where(f => f("arp.opcode") == "1" && f("arp.dst.proto_ipv4") == gone));
    }

    [SkippableFact]
    public void Backups_send_megabytes_to_the_backup_server_and_monitoring_polls_every_device()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        foreach (var backup in Labels.Steps.Where(s => s.Name == "nightly_backup"))
        {
            var server = Assert.Single(backup.Targets);
            var bytes = Table.Where(f => f("ip.src") == backup.Attacker && f("ip.dst") == server && Time(f("frame.time_epoch")) is var t && t >= backup.Start && t <= backup.End)
                .Sum(r => long.Parse(Table.Get(r, "tcp.len") is { Length: > 0 } l ? l : "0", System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(bytes > 8_000_000, $"{backup.Attacker}: {bytes} bytes");
        }
        var monitoring = Labels.Steps.Single(s => s.Name == "monitoring_polls");
        var pinged = Table.Values("ip.dst", f => f("ip.src") == monitoring.Attacker && f("icmp.type") == "8");
        Assert.Equal(monitoring.Targets.ToHashSet(), pinged.ToHashSet());
        var rounds = Table.Where(f => f("ip.src") == monitoring.Attacker && f("ip.dst") == Labels.Devices.Single(d => d.Role == "domain_controller").Ip && f("icmp.type") == "8").Count();
        var hours = (Labels.End - Labels.Start).TotalHours;
        Assert.InRange(rounds, hours * 12 - 2, hours * 12 + 2);
        Assert.NotEmpty(Table.Where(f => f("ip.dst") == monitoring.Attacker && f("snmp.name") == "1.3.6.1.2.1.1.3.0"));
    }

    [SkippableFact]
    public void The_weekly_scan_probes_common_ports_of_every_live_it_host()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        var scan = Labels.Steps.Single(s => s.Name == "vulnerability_scan");
        bool During(Func<string, string> f) => Time(f("frame.time_epoch")) is var t && t >= scan.Start && t <= scan.End;
        var probes = Table.Where(f => During(f) && CaptureChecks.IsSyn(f) && f("ip.src") == scan.Attacker).ToList();
        Assert.Equal(FullScanPorts, probes.Select(r => Table.Get(r, "tcp.dstport")).ToHashSet());
        Assert.True(Table.Where(f => During(f) && f("arp.opcode") == "1" && f("arp.src.proto_ipv4") == scan.Attacker).Count() > 250);
    }

    private static HashSet<string> FullScanPorts =>
        Vigil.Simulator.Behaviour.BenignNoise.FullScanPorts.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
}
