using Vigil.Contracts.Alerts;
using Vigil.Simulator.Labels;
using Vigil.Simulator.Scenarios;

namespace Vigil.Simulator.Tests.Scenarios;

public sealed class BenignCaptureTests(SimulatedCaptures captures)
    : ScenarioCaptureTests(captures, BenignDriftScenario.ScenarioName)
{
    [SkippableFact]
    public void Only_the_engineering_workstation_stops_and_downloads_and_nobody_writes()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        var engineering = Labels.Devices.Single(d => d.Role == "engineering_workstation").Ip;
        var controllers = Table.Values("ip.src", f => f("s7comm.header.rosctr") == "1" && f("s7comm.param.func") is "0x29" or "0x1a");
        Assert.Equal(new HashSet<string> { engineering }, controllers.ToHashSet());
        Assert.Empty(Table.Where(f => f("s7comm.param.func") == "0x05" || f("modbus.func_code") is "16" or "6"));
        Assert.Empty(Table.Where(f => f("tls.handshake.type").Split(',').Contains("1") && f("tls.handshake.extensions_server_name").Length == 0));
    }

    [SkippableFact]
    public void New_laptop_uses_dhcp_dns_and_https_only()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        var laptop = Labels.Devices.Single(d => d.Role == "laptop");
        Assert.True(laptop.IsNew);
        var protocols = Table.Values("_ws.col.Protocol", f => f("ip.src") == laptop.Ip && (f("udp.dstport").Length > 0 || f("tcp.len") != "0"));
        // The ClientHello record says TLS 1.0 for compatibility, so Wireshark labels that one packet "TLSv1".
        Assert.Subset(new HashSet<string> { "DNS", "TLSv1", "TLSv1.2", "TCP" }, protocols.ToHashSet());
        Assert.NotEmpty(Table.Where(f => f("dhcp.option.hostname") == laptop.Name));
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
