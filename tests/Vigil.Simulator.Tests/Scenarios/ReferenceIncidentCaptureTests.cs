using System.Globalization;
using Vigil.Contracts.Alerts;
using Vigil.Simulator.Labels;
using Vigil.Simulator.Scenarios;

namespace Vigil.Simulator.Tests.Scenarios;

public sealed class ReferenceIncidentCaptureTests(SimulatedCaptures captures)
    : ScenarioCaptureTests(captures, ReferenceIncidentScenario.ScenarioName)
{
    [SkippableFact]
    public void S7comm_has_setup_read_write_download_pi_and_stop()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        var jobs = Table.Values("s7comm.param.func", f => f("s7comm.header.rosctr") == "1");
        Assert.Superset(new HashSet<string> { "0xf0", "0x04", "0x05", "0x1a", "0x1b", "0x1c", "0x28", "0x29" }, jobs.ToHashSet());
        Assert.Superset(new HashSet<string> { "0x0011", "0x001c" }, Table.Values("s7comm.data.userdata.szl_id", _ => true).ToHashSet());
    }

    [SkippableFact]
    public void Modbus_has_reads_identification_and_writes()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        Assert.Superset(new HashSet<string> { "3", "6", "16", "17", "43" }, Table.Values("modbus.func_code", _ => true).ToHashSet());
    }

    [SkippableFact]
    public void Call_home_is_tls_without_sni_to_self_signed_servers()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        var noSni = Table.Values("ip.dst", f => f("tls.handshake.type").Split(',').Contains("1") && f("tls.handshake.extensions_server_name").Length == 0);
        Assert.NotEmpty(noSni);
        Assert.All(noSni, ip => Assert.StartsWith("203.0.113.", ip, StringComparison.Ordinal));
        var c2 = CaptureChecks.Certificates(Table, ip => ip.StartsWith("203.0.113.", StringComparison.Ordinal));
        Assert.NotEmpty(c2);
        Assert.All(c2, c => Assert.Equal(c.Subject, c.Issuer));
        var sites = CaptureChecks.Certificates(Table, ip => ip.StartsWith("198.51.100.", StringComparison.Ordinal));
        Assert.NotEmpty(sites);
        Assert.Contains(sites, c => c.Subject != c.Issuer);
    }

    [SkippableFact]
    public void Rdp_cookie_names_the_administrator()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        Assert.Contains("Cookie: mstshash=administrator", Table.Values("rdp.rt_cookie", _ => true));
    }

    [SkippableFact]
    public void Scan_leaves_many_unanswered_or_rejected_syns_and_external_502_attempts()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        var attacker = Labels.Steps.Single(s => s.Name == "ot_scan").Attacker;
        var scanned = Table.Where(f => f("ip.src") == attacker && CaptureChecks.IsSyn(f) && f("tcp.dstport") is "102" or "502"
            && f("ip.dst").StartsWith("10.", StringComparison.Ordinal)).Count();
        var resets = Table.Where(f => f("ip.dst") == attacker && f("tcp.flags.reset") == "1").Count();
        var external = Table.Where(f => f("ip.src") == attacker && f("tcp.dstport") == "502" && f("ip.dst").StartsWith("192.0.2.", StringComparison.Ordinal)).Count();
        Assert.True(scanned > 400, $"{scanned} scan SYNs");
        Assert.True(resets > 10, $"{resets} resets");
        Assert.True(external >= 10, $"{external} external 502 SYNs");
    }

    [Fact]
    public void Labels_name_every_catalog_model_and_a_new_attacker_after_learning()
    {
        var labels = Labels;
        Assert.Equal(ReferenceIncidentScenario.ScenarioName, labels.Scenario);
        Assert.Equal(7UL, labels.Seed);
        Assert.Equal(ModelNames.All.ToHashSet(), labels.Steps.SelectMany(s => s.ExpectedModels).ToHashSet());
        Assert.All(labels.Steps, s => Assert.True(s.Start >= labels.LearningEnd && s.End > s.Start));
        Assert.All(labels.Steps, s => Assert.Equal(StepLabel.AttackKind, s.Kind));
        var attacker = labels.Devices.Single(d => d.Ip == labels.Steps[0].Attacker);
        Assert.True(attacker.IsNew);
        Assert.Equal("attacker", attacker.Role);
        Assert.Equal(10, attacker.Vlan);
        Assert.Contains(labels.Devices, d => d.Role == "s7_plc" && d.Vlan == 20
            && (d.Mac.StartsWith("00:1b:1b", StringComparison.Ordinal) || d.Mac.StartsWith("00:0e:8c", StringComparison.Ordinal)));
        Assert.True(labels.Packets > 10_000);
        Assert.Equal(["it", "ics"], labels.Zones.Select(z => z.Role));
        Assert.All(labels.Devices, d => Assert.StartsWith(d.Vlan == 10 ? "10.10." : "10.20.", d.Ip, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_step_is_labelled_with_its_first_packet_to_a_target_inside_its_window()
    {
        var labels = Labels;
        Assert.All(labels.Steps, s => Assert.True(s.FirstPacket is { } first && first >= s.Start && first <= s.End, $"{s.Name}: {s.FirstPacket}"));
        // The RDP session begins two minutes into its window: time to detect counts from the session, not the window.
        var rdp = labels.Steps.Single(s => s.Name == "admin_rdp_to_scada");
        Assert.True(rdp.FirstPacket > rdp.Start, $"{rdp.FirstPacket} vs {rdp.Start}");
    }

    [SkippableFact]
    public void Wireshark_agrees_with_each_steps_first_packet()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        foreach (var step in Labels.Steps)
        {
            var first = Table.Values("frame.time_epoch", f => f("ip.src") == step.Attacker && step.Targets.Contains(f("ip.dst")))
                .Select(t => DateTimeOffset.UnixEpoch.AddTicks((long)(decimal.Parse(t, CultureInfo.InvariantCulture) * TimeSpan.TicksPerSecond)))
                .Where(t => t >= step.Start && t <= step.End)
                .Min();
            // The capture keeps microseconds; the labels keep 100 ns ticks.
            Assert.True(Math.Abs((first - step.FirstPacket!.Value).Ticks) < 10, $"{step.Name}: {first:O} vs {step.FirstPacket:O}");
        }
    }

    [Fact]
    public void Labels_file_is_snake_case_json_next_to_the_capture()
    {
        var result = Result;
        Assert.Equal(Path.ChangeExtension(result.CapturePath, ".labels.json"), result.LabelsPath);
        var text = File.ReadAllText(result.LabelsPath);
        Assert.Contains("\"learning_end\": \"2024-04-22T09:00:00+00:00\"", text, StringComparison.Ordinal);
        Assert.Contains("\"expected_models\": [", text, StringComparison.Ordinal);
        Assert.Contains("\"first_packet\": \"", text, StringComparison.Ordinal);
    }
}
