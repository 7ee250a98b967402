using Vigil.Contracts.Alerts;
using Vigil.Simulator.Labels;
using Vigil.Simulator.Scenarios;

namespace Vigil.Simulator.Tests.Scenarios;

[Collection(SimulatedCapturesCollection.Name)]
public sealed class BenignCaptureTests(SimulatedCaptures captures)
{
    private string Capture => captures.Get(BenignDriftScenario.ScenarioName).Path;

    private SimulationLabels Labels => LabelsFile.Read(captures.Get(BenignDriftScenario.ScenarioName).Result.LabelsPath);

    [SkippableFact]
    public void Wireshark_finds_no_malformed_packets_bad_checksums_or_errors()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        Assert.Empty(CaptureChecks.Problems(Capture));
        Assert.Empty(CaptureChecks.UnexpectedWarnings(Capture));
    }

    [SkippableFact]
    public void Only_the_engineering_workstation_stops_and_downloads_and_nobody_writes()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        var engineering = Labels.Devices.Single(d => d.Role == "engineering_workstation").Ip;
        Assert.Equal(new HashSet<string> { engineering }, CaptureChecks.Values(Capture, "s7comm.header.rosctr == 1 && (s7comm.param.func == 0x29 || s7comm.param.func == 0x1a)", "ip.src").ToHashSet());
        Assert.Empty(Tshark.Fields(Capture, "s7comm.param.func == 0x05 || modbus.func_code == 16 || modbus.func_code == 6", "frame.number"));
        Assert.Empty(Tshark.Fields(Capture, "tls.handshake.type == 1 && !tls.handshake.extensions_server_name", "frame.number"));
    }

    [SkippableFact]
    public void New_laptop_uses_dhcp_dns_and_https_only()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        var laptop = Labels.Devices.Single(d => d.Role == "laptop");
        Assert.True(laptop.IsNew);
        var protocols = CaptureChecks.Values(Capture, $"ip.src == {laptop.Ip} && (udp || tcp.len > 0)", "_ws.col.Protocol");
        // The ClientHello record says TLS 1.0 for compatibility, so Wireshark labels that one packet "TLSv1".
        Assert.Subset(new HashSet<string> { "DNS", "TLSv1", "TLSv1.2", "TCP" }, protocols.ToHashSet());
        Assert.NotEmpty(Tshark.Fields(Capture, $"dhcp.option.hostname == \"{laptop.Name}\"", "frame.number"));
    }

    [Fact]
    public void Labels_hold_only_benign_changes_with_a_maintenance_window()
    {
        var labels = Labels;
        Assert.All(labels.Steps, s => Assert.Equal(StepLabel.BenignChangeKind, s.Kind));
        var maintenance = labels.Steps.Single(s => s.Name == "maintenance_window");
        Assert.Contains(ModelNames.UncommonIcsReprogram, maintenance.ExpectedModels);
        Assert.All(labels.Steps.SelectMany(s => s.ExpectedModels), m => Assert.Contains(m, ModelNames.All));
    }
}
