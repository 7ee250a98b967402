using Vigil.Simulator.Labels;

namespace Vigil.Simulator.Tests.Scenarios;

/// <summary>What every scenario's capture must pass, and the shared ways to look into it; one subclass per scenario.</summary>
[Collection(SimulatedCapturesCollection.Name)]
public abstract class ScenarioCaptureTests(SimulatedCaptures captures, string scenario)
{
    protected CaptureTable Table => captures.Table(scenario);

    protected SimulationLabels Labels => LabelsFile.Read(captures.Get(scenario).Result.LabelsPath);

    protected string CapturePath => captures.Get(scenario).Path;

    protected SimulationResult Result => captures.Get(scenario).Result;

    [SkippableFact]
    public void Wireshark_finds_no_malformed_packets_bad_checksums_errors_or_tcp_warnings()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        // Warnings are allowed only for the resets and SYN retransmissions an attack causes on purpose (see CaptureChecks).
        Assert.Empty(CaptureChecks.Problems(CapturePath));
    }
}
