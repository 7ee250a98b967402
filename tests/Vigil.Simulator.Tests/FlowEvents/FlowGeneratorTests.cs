using System.Diagnostics;
using Vigil.Capture.Decoding;
using Vigil.Simulator.FlowEvents;

namespace Vigil.Simulator.Tests.FlowEvents;

public sealed class FlowGeneratorTests
{
    private static readonly FlowGeneratorOptions Small = new() { DeviceCount = 300_000, FlowCount = 50_000, Seed = 3 };

    [Fact]
    public void Produces_the_requested_count_in_time_order()
    {
        var flows = FlowGenerator.Generate(Small).ToList();
        Assert.Equal(50_000, flows.Count);
        Assert.True(flows.Zip(flows.Skip(1)).All(p => p.First.TimestampNs <= p.Second.TimestampNs));
        Assert.Equal(new HashSet<string> { "SF", "S0", "REJ" }, flows.Select(f => f.State).ToHashSet());
        Assert.Contains(flows, f => f.Service == "s7comm" && f.DestinationPort == 102);
        Assert.Contains(flows, f => f.Service == "modbus" && f.DestinationPort == 502);
        Assert.All(flows, f => Assert.True(f.Source.IsPrivate));
        Assert.True(flows.Select(f => f.Source).Distinct().Count() > 10_000);
    }

    [Fact]
    public void Same_seed_same_flows_and_different_seed_different_flows()
    {
        Assert.Equal(FlowGenerator.Generate(Small).Take(5000), FlowGenerator.Generate(Small).Take(5000));
        Assert.NotEqual(FlowGenerator.Generate(Small).Take(100), FlowGenerator.Generate(Small with { Seed = 4 }).Take(100));
    }

    [Fact]
    public void Generates_a_million_flows_quickly()
    {
        var watch = Stopwatch.StartNew();
        long bytes = 0;
        foreach (var flow in FlowGenerator.Generate(new FlowGeneratorOptions { FlowCount = 1_000_000 }))
        {
            bytes += flow.BytesToServer;
        }
        watch.Stop();
        Assert.True(bytes > 0);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"1M flows took {watch.Elapsed}");
    }

    [Fact]
    public void Addresses_are_laid_out_in_ten_slash_eight()
    {
        Assert.Equal(NetAddress.Parse("10.1.2.7"), FlowGenerator.Address(0x0102, 7));
    }
}
