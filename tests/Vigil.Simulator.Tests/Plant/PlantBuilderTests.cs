using Vigil.Simulator.Plant;

namespace Vigil.Simulator.Tests.Plant;

public sealed class PlantBuilderTests
{
    private static readonly DateTimeOffset Start = new(2024, 4, 22, 0, 0, 0, TimeSpan.Zero);

    private static PlantLayout Build(ulong seed) => PlantBuilder.Build(new SimRandom(seed).Fork("plant"), Start);

    [Fact]
    public void Devices_sit_in_their_vlan_s_subnet_with_unique_addresses_and_macs()
    {
        var plant = Build(1);
        Assert.All(plant.Devices, d =>
        {
            var subnet = d.Address.Vlan == plant.ItVlan ? plant.ItSubnet : plant.OtSubnet;
            Assert.Equal(subnet, d.Address.Ip & 0xFFFFFF00);
        });
        Assert.Equal(plant.Devices.Count, plant.Devices.Select(d => d.Address.Ip).Distinct().Count());
        Assert.Equal(plant.Devices.Count, plant.Devices.Select(d => d.Address.Mac).Distinct().Count());
        Assert.InRange(plant.S7Plcs.Count, 2, 4);
        Assert.InRange(plant.ModbusPlcs.Count, 2, 4);
        Assert.All(plant.S7Plcs, p => Assert.Contains(p.Address.Mac.Oui, Vendors.Siemens));
        Assert.All(plant.ModbusPlcs, p => Assert.Contains(p.Address.Mac.Oui, Vendors.Schneider));
    }

    [Fact]
    public void Internet_hosts_use_documentation_ranges_only()
    {
        var plant = Build(1);
        Assert.All(plant.Sites, s => Assert.StartsWith("198.51.100.", s.Server.Ip, StringComparison.Ordinal));
        Assert.True(plant.Sites.All(s => s.Server.Address.IsExternal));
    }

    [Fact]
    public void Same_seed_same_plant_and_seeds_differ()
    {
        string Fingerprint(PlantLayout p) => string.Join(";", p.Devices.Select(d => $"{d.Name}={d.Ip}/{d.Address.Mac}"));
        Assert.Equal(Fingerprint(Build(5)), Fingerprint(Build(5)));
        Assert.NotEqual(Fingerprint(Build(5)), Fingerprint(Build(6)));
    }

    [Fact]
    public void Joining_devices_take_free_it_addresses()
    {
        var plant = Build(2);
        var taken = plant.Devices.Select(d => d.Address.Ip).ToHashSet();
        var laptop = plant.JoinIt("LT-1", DeviceRole.Laptop, Vendors.Lenovo, "Lenovo", 128);
        Assert.DoesNotContain(laptop.Address.Ip, taken);
        Assert.Equal(plant.ItVlan, laptop.Address.Vlan);
        Assert.Same(laptop, plant.Devices[^1]);
    }
}
