using Vigil.Contracts.Alerts;
using Vigil.Simulator.Labels;
using Vigil.Simulator.Scenarios;

namespace Vigil.Simulator.Tests.Scenarios;

[Collection(SimulatedCapturesCollection.Name)]
public sealed class ReferenceIncidentCaptureTests(SimulatedCaptures captures)
{
    private string Capture => captures.Get(ReferenceIncidentScenario.ScenarioName).Path;

    private SimulationLabels Labels => LabelsFile.Read(captures.Get(ReferenceIncidentScenario.ScenarioName).Result.LabelsPath);

    [SkippableFact]
    public void Wireshark_finds_no_malformed_packets_bad_checksums_or_errors()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        Assert.Empty(CaptureChecks.Problems(Capture));
    }

    [SkippableFact]
    public void Tcp_analysis_warns_only_about_the_resets_of_rejected_connections()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        Assert.Empty(CaptureChecks.UnexpectedWarnings(Capture));
    }

    [SkippableFact]
    public void S7comm_has_setup_read_write_download_pi_and_stop()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        var functions = CaptureChecks.Values(Capture, "s7comm", "s7comm.param.func");
        Assert.Superset(new HashSet<string> { "0xf0", "0x04", "0x05", "0x1a", "0x1b", "0x1c", "0x28", "0x29" }, functions.ToHashSet());
        var szl = CaptureChecks.Values(Capture, "s7comm.data.userdata.szl_id", "s7comm.data.userdata.szl_id");
        Assert.Superset(new HashSet<string> { "0x0011", "0x001c" }, szl.ToHashSet());
    }

    [SkippableFact]
    public void Modbus_has_reads_identification_and_writes()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        Assert.Superset(new HashSet<string> { "3", "6", "16", "17", "43" }, CaptureChecks.Values(Capture, "modbus", "modbus.func_code").ToHashSet());
    }

    [SkippableFact]
    public void Call_home_is_tls_without_sni_to_self_signed_servers()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        var noSni = CaptureChecks.Values(Capture, "tls.handshake.type == 1 && !tls.handshake.extensions_server_name", "ip.dst");
        Assert.NotEmpty(noSni);
        Assert.All(noSni, ip => Assert.StartsWith("203.0.113.", ip, StringComparison.Ordinal));
        var c2 = CaptureChecks.Certificates(Capture, "ip.src == 203.0.113.0/24");
        Assert.NotEmpty(c2);
        Assert.All(c2, c => Assert.Equal(c.Subject, c.Issuer));
        var sites = CaptureChecks.Certificates(Capture, "ip.src == 198.51.100.0/24");
        Assert.NotEmpty(sites);
        Assert.Contains(sites, c => c.Subject != c.Issuer);
    }

    [SkippableFact]
    public void Rdp_cookie_names_the_administrator()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        Assert.Contains("Cookie: mstshash=administrator", CaptureChecks.Values(Capture, "rdp.rt_cookie", "rdp.rt_cookie"));
    }

    [SkippableFact]
    public void Scan_leaves_many_unanswered_or_rejected_syns_towards_ot()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        var attacker = Labels.Steps.Single(s => s.Name == "ot_scan").Attacker;
        var syns = Tshark.Fields(Capture, $"ip.src == {attacker} && tcp.flags.syn == 1 && tcp.flags.ack == 0 && (tcp.dstport == 102 || tcp.dstport == 502)", "ip.dst");
        var resets = Tshark.Fields(Capture, $"ip.dst == {attacker} && tcp.flags.reset == 1", "ip.src");
        Assert.True(syns.Count > 400, $"{syns.Count} scan SYNs");
        Assert.NotEmpty(resets);
        Assert.True(Tshark.Fields(Capture, $"ip.src == {attacker} && tcp.dstport == 502 && ip.dst == 192.0.2.0/24", "ip.dst").Count >= 10);
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
    }

    [Fact]
    public void Labels_file_is_snake_case_json_next_to_the_capture()
    {
        var result = captures.Get(ReferenceIncidentScenario.ScenarioName).Result;
        Assert.Equal(Path.ChangeExtension(result.CapturePath, ".labels.json"), result.LabelsPath);
        var text = File.ReadAllText(result.LabelsPath);
        Assert.Contains("\"learning_end\": \"2024-04-22T09:00:00+00:00\"", text, StringComparison.Ordinal);
        Assert.Contains("\"expected_models\": [", text, StringComparison.Ordinal);
    }
}
