using Vigil.Contracts.Alerts;
using Vigil.Contracts.Subnets;
using Vigil.Detection.Devices;
using Vigil.Detection.Models;
using static Vigil.Detection.Tests.Flows;

namespace Vigil.Detection.Tests.Models;

public sealed class NewDeviceActivityModelTests
{
    private const string Device = "10.0.0.99";
    private static readonly long LearningEnd = 24 * Hour;

    /// <summary>Ten established workstations with about three internal peers a day, using SMB and DNS, one using RDP.</summary>
    private static readonly SubnetProfile Workstations = new()
    {
        Subnet = "10.0.0.0/24",
        EstablishedDevices = 10,
        MeanDailyPeers = 3,
        VarianceDailyPeers = 1.5,
        ServiceClients = new Dictionary<string, int> { ["tcp/445"] = 10, ["udp/53"] = 10, ["tcp/3389"] = 1 },
    };

    private static StepContext Context => new(Device, "10.0.0.0/24", 0, LearningEnd, Workstations);

    [Fact]
    public void A_new_device_that_reaches_many_hosts_on_ICS_ports_alerts()
    {
        var profile = new DeviceProfile();
        var t = LearningEnd + Hour;
        for (var i = 0; i < 30; i++)
        {
            profile.Observe(Final(t + i * Second, Device, $"10.0.1.{i}", (ushort)(i % 2 == 0 ? 502 : 102), "REJ"), isOriginator: true);
        }

        var alert = NewDeviceActivityModel.Evaluate(new NewDeviceState(), profile, Context, t + 30 * Second);

        Assert.NotNull(alert);
        Assert.Equal(ModelNames.UnusualActivityFromNewDevice, alert.Model);
        Assert.InRange(alert.Score, 0.5, 1.0);
        Assert.Contains("tcp/102", alert.EvidenceJson);
        Assert.Contains("\"daily_internal_peers\":30", alert.EvidenceJson);
    }

    [Fact]
    public void A_new_laptop_that_behaves_like_its_neighbours_does_not_alert()
    {
        var profile = new DeviceProfile();
        var t = LearningEnd + Hour;
        profile.Observe(Final(t, Device, "10.0.0.1", 445, "SF"), isOriginator: true);
        profile.Observe(Final(t + Minute, Device, "10.0.0.2", 53, "SF"), isOriginator: true);
        profile.Observe(Final(t + 2 * Minute, Device, "198.51.100.4", 443, "SF", respInternal: false), isOriginator: true);

        Assert.Null(NewDeviceActivityModel.Evaluate(new NewDeviceState(), profile, Context, t + 3 * Minute));
    }

    [Fact]
    public void A_device_seen_during_learning_is_never_new()
    {
        var profile = new DeviceProfile();
        profile.Observe(Final(Hour, Device, "10.0.0.1", 445, "SF"), isOriginator: true);
        for (var i = 0; i < 40; i++)
        {
            profile.Observe(Final(LearningEnd + Hour + i * Second, Device, $"10.0.1.{i}", 502, "REJ"), isOriginator: true);
        }

        Assert.Null(NewDeviceActivityModel.Evaluate(new NewDeviceState(), profile, Context, LearningEnd + 2 * Hour));
    }

    [Fact]
    public void The_alert_is_raised_once_per_device()
    {
        var profile = new DeviceProfile();
        var state = new NewDeviceState();
        var t = LearningEnd + Hour;
        for (var i = 0; i < 30; i++)
        {
            profile.Observe(Final(t + i * Second, Device, $"10.0.1.{i}", 502, "REJ"), isOriginator: true);
        }

        Assert.NotNull(NewDeviceActivityModel.Evaluate(state, profile, Context, t + Minute));
        Assert.Null(NewDeviceActivityModel.Evaluate(state, profile, Context, t + 2 * Minute));
    }
}
