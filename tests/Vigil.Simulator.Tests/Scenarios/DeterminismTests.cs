using System.Security.Cryptography;
using Vigil.Simulator.Scenarios;

namespace Vigil.Simulator.Tests.Scenarios;

public sealed class DeterminismTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("vigil-sim-det-").FullName;

    private (string Capture, string Labels) Run(ulong seed, string name)
    {
        var options = SimulatedCaptures.Options(ModbusOnlyScenario.ScenarioName, seed) with { LearningDuration = TimeSpan.FromMinutes(40) };
        var result = PlantSimulator.Run(options, Path.Combine(_directory, name + ".pcap"));
        return (Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(result.CapturePath))), File.ReadAllText(result.LabelsPath));
    }

    [Fact]
    public void Same_seed_gives_identical_bytes_and_a_different_seed_does_not()
    {
        var first = Run(11, "a");
        var second = Run(11, "b");
        var other = Run(12, "c");
        Assert.Equal(first.Capture, second.Capture);
        Assert.Equal(first.Labels, second.Labels);
        Assert.NotEqual(first.Capture, other.Capture);
        Assert.NotEqual(first.Labels, other.Labels);
    }

    [Fact]
    public void Unknown_scenarios_and_attacks_inside_learning_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => PlantSimulator.Run(new SimulationOptions { Scenario = "nope" }, Path.Combine(_directory, "x.pcap")));
        var early = new SimulationOptions { AttackStart = new SimulationOptions().Start.AddHours(1) };
        Assert.Throws<ArgumentException>(() => PlantSimulator.Run(early, Path.Combine(_directory, "y.pcap")));
        Assert.Equal(["reference-incident", "benign", "modbus-only"], Vigil.Simulator.Scenarios.Scenarios.Names);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
