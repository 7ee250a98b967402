using Vigil.Simulator.Scenarios;

namespace Vigil.Simulator.Tests.Scenarios;

[Collection(SimulatedCapturesCollection.Name)]
public sealed class ReferenceIncidentCaptureTests(SimulatedCaptures captures)
{
    private string Capture => captures.Get(ReferenceIncidentScenario.ScenarioName).Path;

    [SkippableFact]
    public void Wireshark_finds_no_malformed_packets_or_errors()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        var bad = Tshark.Run(Capture, "-o", "tcp.check_checksum:TRUE", "-o", "ip.check_checksum:TRUE", "-o", "udp.check_checksum:TRUE",
            "-Y", "_ws.malformed || _ws.expert.severity >= error");
        Assert.Empty(bad);
    }
}
