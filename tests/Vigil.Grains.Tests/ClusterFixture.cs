using Orleans.TestingHost;
using Vigil.Host.Silo;

namespace Vigil.Grains.Tests;

/// <summary>A real two-silo Orleans cluster in this process, configured like Vigil's own silos.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; } = new InProcessTestClusterBuilder(2)
        .ConfigureSilo((_, silo) => silo
            .AddMemoryGrainStorage(StorageNames.Models, o => o.GrainStorageSerializer = SiloConfiguration.StorageSerializer())
            .AddVigilSerialization())
        .Build();

    public IGrainFactory Grains => Cluster.Client;

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
