using Vigil.Contracts.Alerts;
using Vigil.Contracts.Flows;
using Vigil.Contracts.Subnets;
using Vigil.Detection.Models;
using static Vigil.Detection.Tests.Flows;

namespace Vigil.Detection.Tests.Models;

public sealed class PeerGroupNoveltyTests
{
    private static StepContext Context(SubnetProfile subnet, long firstSeenNs) =>
        new("10.20.0.7", subnet.Subnet, Plant.LearningEnd + Hour, Plant.LearningEnd, subnet) { DeviceFirstSeenNs = firstSeenNs };

    [Fact]
    public void The_share_counts_established_users_of_the_service_class_and_nothing_for_a_new_device()
    {
        // Two of ten established devices (plus the device itself: eleven) use an ICS service; none uses RDP, but SMB is administration too.
        Assert.Equal(2 / 11.0, PeerGroupNovelty.Share(Context(Plant.Control, 0), "tcp/44818"), 6);
        Assert.Equal(10 / 11.0, PeerGroupNovelty.Share(Context(Plant.Workstations, 0), "tcp/22"), 6);
        Assert.Equal(0, PeerGroupNovelty.Share(Context(Plant.Workstations, 0), "tcp/502"));
        Assert.Equal(0, PeerGroupNovelty.Share(Context(Plant.Control, Plant.LearningEnd + Minute), "tcp/102"));
        Assert.Equal(0, PeerGroupNovelty.Share(Context(Plant.Control, 0), "tcp/8080"));
    }

    [Fact]
    public void The_mixture_caps_surprisal_at_the_share_and_leaves_it_unchanged_without_one()
    {
        Assert.Equal(5, PeerGroupNovelty.Surprisal(5, 0), 9);
        Assert.InRange(PeerGroupNovelty.Surprisal(9, 0.2), 0.69, -Math.Log10(0.2));
        Assert.Equal(0, PeerGroupNovelty.Surprisal(0, 0.5), 9);
    }

    [Fact]
    public void An_engineering_workstation_identifying_its_first_PLC_where_SCADA_speaks_S7_is_quiet_but_its_writes_are_not()
    {
        var plant = new Plant { Device = "10.20.0.7", Zone = ZoneRoles.Ics, Subnet = Plant.Control };
        for (var hour = 0; hour < 23; hour++)
        {
            plant.Step(hour * Hour + Hour, Final(hour * Hour, plant.Device, "10.10.0.3", 53, "SF"));
        }
        var t = Plant.LearningEnd + Hour;
        FlowEvent S7(long at, params string[] operations) =>
            Plant.WithApp(Final(at, plant.Device, Plant.Plc, 102, "SF"), new ApplicationSummary { Operations = operations.ToDictionary(o => o, _ => 1) });

        var identify = plant.Step(t + Minute, S7(t, "s7comm/szl/17", "s7comm/szl/28", "s7comm/job/4"));
        var write = plant.Step(t + 30 * Minute, S7(t + 29 * Minute, "s7comm/job/5"));

        Assert.Empty(identify);
        Assert.Equal(ModelNames.MultipleNewActionCommands, Assert.Single(write).Model);
    }
}
