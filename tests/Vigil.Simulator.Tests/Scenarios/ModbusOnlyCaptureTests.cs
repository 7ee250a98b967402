using Vigil.Contracts.Alerts;
using Vigil.Simulator.Labels;
using Vigil.Simulator.Scenarios;

namespace Vigil.Simulator.Tests.Scenarios;

public sealed class ModbusOnlyCaptureTests(SimulatedCaptures captures)
    : ScenarioCaptureTests(captures, ModbusOnlyScenario.ScenarioName)
{
    [SkippableFact]
    public void Compromised_workstation_scans_502_then_identifies_and_writes()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        var attacker = Labels.Steps[0].Attacker;
        var probed = Table.Values("ip.dst", f => f("ip.src") == attacker && CaptureChecks.IsSyn(f) && f("tcp.dstport") == "502");
        Assert.True(probed.Count > 200, $"{probed.Count} hosts probed");
        var functions = Table.Values("modbus.func_code", f => f("ip.src") == attacker);
        Assert.Superset(new HashSet<string> { "43", "17", "16", "6" }, functions.ToHashSet());
        Assert.Empty(Table.Where(f => f("ip.src") == attacker && f("s7comm.header.rosctr").Length > 0));
    }

    [Fact]
    public void Attacker_is_a_known_workstation()
    {
        var labels = Labels;
        var attacker = labels.Devices.Single(d => d.Ip == labels.Steps[0].Attacker);
        Assert.Equal("workstation", attacker.Role);
        Assert.False(attacker.IsNew);
        Assert.Contains(ModelNames.NetworkScan, labels.Steps[0].ExpectedModels);
    }
}
