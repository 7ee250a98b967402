using Vigil.Contracts.Alerts;
using Vigil.Simulator.Labels;
using Vigil.Simulator.Scenarios;

namespace Vigil.Simulator.Tests.Scenarios;

[Collection(SimulatedCapturesCollection.Name)]
public sealed class ModbusOnlyCaptureTests(SimulatedCaptures captures)
{
    private string Capture => captures.Get(ModbusOnlyScenario.ScenarioName).Path;

    private SimulationLabels Labels => LabelsFile.Read(captures.Get(ModbusOnlyScenario.ScenarioName).Result.LabelsPath);

    [SkippableFact]
    public void Wireshark_finds_no_malformed_packets_bad_checksums_or_errors()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        Assert.Empty(CaptureChecks.Problems(Capture));
        Assert.Empty(CaptureChecks.UnexpectedWarnings(Capture));
    }

    [SkippableFact]
    public void Compromised_workstation_scans_502_then_identifies_and_writes()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        var attacker = Labels.Steps[0].Attacker;
        var probed = CaptureChecks.Values(Capture, $"ip.src == {attacker} && tcp.flags.syn == 1 && tcp.flags.ack == 0 && tcp.dstport == 502", "ip.dst");
        Assert.True(probed.Count > 200, $"{probed.Count} hosts probed");
        var functions = CaptureChecks.Values(Capture, $"ip.src == {attacker} && modbus", "modbus.func_code");
        Assert.Superset(new HashSet<string> { "43", "17", "16", "6" }, functions.ToHashSet());
        Assert.Empty(Tshark.Fields(Capture, $"ip.src == {attacker} && s7comm", "frame.number"));
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
