namespace Vigil.Simulator.Tests;

/// <summary>Shares one <see cref="SimulatedCaptures"/> across every capture test class.</summary>
[CollectionDefinition(Name)]
public sealed class SimulatedCapturesCollection : ICollectionFixture<SimulatedCaptures>
{
    public const string Name = "simulated captures";
}
