using Vigil.Contracts.Alerts;
using Vigil.Contracts.Flows;
using Vigil.Contracts.Subnets;
using Vigil.Detection.Models;
using static Vigil.Detection.Tests.Flows;

namespace Vigil.Detection.Tests.Models;

/// <summary>
/// The new-device model follows a device first seen after learning: evidence rare among its subnet's
/// established devices adds up to one alert, which later evidence updates only when it matters.
/// </summary>
public sealed class NewDeviceActivityModelTests
{
    private const string NewDevice = "10.10.0.99";
    private static readonly long T = Plant.LearningEnd + Hour;

    /// <summary>Ten workstations, none of which uses an administration service or reaches into the ICS zone.</summary>
    private static readonly SubnetProfile NoAdminNeighbours = Plant.Workstations with
    {
        ServiceClients = new Dictionary<string, int> { ["tcp/445"] = 10, ["udp/53"] = 10, ["tcp/443"] = 10 },
    };

    /// <summary>The same, but one of them is a jump host: it uses RDP and opens paths into the ICS zone.</summary>
    private static readonly SubnetProfile JumpHostNeighbour = Plant.Workstations with
    {
        BehaviourDevices = new Dictionary<string, int> { [SubnetBehaviours.ZonePrefix + ZoneRoles.Ics] = 1 },
    };

    private static Plant NewDeviceIn(SubnetProfile subnet) => new() { Device = NewDevice, Subnet = subnet };

    private static FlowEvent Rdp(long t, string server) =>
        Plant.WithApp(Final(t, NewDevice, server, 3389, "SF"), new ApplicationSummary { RdpCookie = "administrator" });

    private static Alert? NewDeviceAlert(IReadOnlyList<Alert> alerts) =>
        alerts.SingleOrDefault(a => a.Model == ModelNames.UnusualActivityFromNewDevice);

    [Fact]
    public void A_new_device_whose_first_act_is_an_admin_session_into_the_ICS_zone_alerts_at_once()
    {
        var plant = NewDeviceIn(NoAdminNeighbours);

        var alert = NewDeviceAlert(plant.Step(T + 10 * Second, Rdp(T, Plant.Scada)));

        Assert.NotNull(alert);
        Assert.False(alert.IsUpdate);
        Assert.Equal(T + Second, alert.TimeNs);
        Assert.InRange(alert.Score, ModelAlert.NoveltyMinScore, 0.5);
        Assert.Contains("service tcp/3389: used tcp/3389, as 0 of 10", alert.EvidenceJson);
        Assert.Contains("zone/ics: opened paths into the ics zone (10.20.0.5:3389), as 0 of 10", alert.EvidenceJson);
        Assert.Equal([Plant.Scada], alert.Peers);
    }

    [Fact]
    public void The_same_session_is_not_enough_where_a_neighbour_jump_host_does_it_too()
    {
        var plant = NewDeviceIn(JumpHostNeighbour);

        Assert.Null(NewDeviceAlert(plant.Step(T + 10 * Second, Rdp(T, Plant.Scada))));
    }

    [Fact]
    public void A_new_laptop_that_behaves_like_its_neighbours_does_not_alert()
    {
        var plant = new Plant { Device = NewDevice, ExternalReach = new Dictionary<string, int> { [Plant.External] = 12 } };

        var alerts = plant.Step(T + 5 * Minute,
            Final(T, NewDevice, "10.10.0.2", 445, "SF"),
            Final(T + Minute, NewDevice, "10.10.0.3", 53, "SF") with { Protocol = 17 },
            Final(T + 2 * Minute, NewDevice, Plant.External, 443, "SF", respInternal: false));

        Assert.Null(NewDeviceAlert(alerts));
    }

    [Fact]
    public void A_device_seen_during_learning_is_never_new()
    {
        var plant = new Plant();
        plant.LearnOrdinaryDay();

        var probes = Enumerable.Range(1, 40).Select(i => Final(T + i * Second, plant.Device, $"10.20.0.{i}", 502, "REJ", origBytes: 0)).ToArray();

        Assert.Null(NewDeviceAlert(plant.Step(T + Minute, probes)));
    }

    [Fact]
    public void New_kinds_of_evidence_update_the_alert_and_more_of_the_same_does_not()
    {
        var plant = NewDeviceIn(NoAdminNeighbours);
        var alert = NewDeviceAlert(plant.Step(T + 10 * Second, Rdp(T, Plant.Scada)));
        Assert.NotNull(alert);

        // Another admin session into the ICS zone: the same two kinds of evidence, nothing to add.
        Assert.Null(NewDeviceAlert(plant.Step(T + 10 * Minute, Rdp(T + 9 * Minute, "10.20.0.6"))));

        // Its first S7 attempt: a kind of evidence the alert did not have.
        var update = NewDeviceAlert(plant.Step(T + 20 * Minute, Final(T + 19 * Minute, NewDevice, Plant.Plc, 102, "REJ", origBytes: 0)));
        Assert.NotNull(update);
        Assert.True(update.IsUpdate);
        Assert.Equal(alert.TimeNs, update.TimeNs);
        Assert.Equal(T + 19 * Minute + Second, update.EndNs);
        Assert.True(update.Score > alert.Score);
        Assert.Contains("\"new_evidence\":[\"service tcp/102\"]", update.EvidenceJson);
        Assert.Contains("service tcp/3389", update.EvidenceJson);
        Assert.Contains("(10.20.0.5:3389, 10.20.0.6:3389, 10.20.0.10:102)", update.EvidenceJson);

        // And again: reported already.
        Assert.Null(NewDeviceAlert(plant.Step(T + 30 * Minute, Final(T + 29 * Minute, NewDevice, "10.20.0.11", 102, "REJ", origBytes: 0))));
    }

    [Fact]
    public void A_surprisal_that_at_least_doubles_updates_the_alert_and_a_smaller_rise_does_not()
    {
        var plant = NewDeviceIn(NoAdminNeighbours);
        FlowEvent[] Probes(int from, int count, long at) =>
            [.. Enumerable.Range(from, count).Select(i => Final(at + i * 100_000_000L, NewDevice, $"10.20.0.{i}", 502, "REJ", origBytes: 0))];

        var alert = NewDeviceAlert(plant.Step(T + Minute, Probes(1, 9, T)));
        var smaller = NewDeviceAlert(plant.Step(T + 2 * Minute, Probes(10, 3, T + Minute)));
        var doubled = NewDeviceAlert(plant.Step(T + 3 * Minute, Probes(13, 40, T + 2 * Minute)));

        Assert.NotNull(alert);
        Assert.Contains("internal peers: 9 internal peers in 24 h", alert.EvidenceJson);
        // Twelve peers are rarer than nine (the score would rise) but not twice as surprising.
        Assert.Null(smaller);
        Assert.NotNull(doubled);
        Assert.True(doubled.IsUpdate);
        Assert.Contains("\"new_evidence\":[]", doubled.EvidenceJson);
        Assert.Contains("internal peers: 52 internal peers in 24 h", doubled.EvidenceJson);
    }

    [Fact]
    public void Never_seen_external_endpoints_weigh_as_little_as_the_subnet_makes_them()
    {
        var quiet = NewDeviceIn(NoAdminNeighbours);
        var browsing = NewDeviceIn(NoAdminNeighbours with { BehaviourDevices = new Dictionary<string, int> { [SubnetBehaviours.UnseenExternal] = 8 } });
        foreach (var plant in new[] { quiet, browsing })
        {
            Assert.NotNull(NewDeviceAlert(plant.Step(T + 10 * Second, Rdp(T, Plant.Scada))));
        }
        var callHome = Final(T + 5 * Minute, NewDevice, "198.51.100.9", 443, "SF", respInternal: false);

        var update = NewDeviceAlert(quiet.Step(T + 6 * Minute, callHome));

        Assert.NotNull(update);
        Assert.Contains("\"new_evidence\":[\"unseen-external\"]", update.EvidenceJson);
        Assert.Contains("(198.51.100.9:443), as 0 of 10 established devices do, and none of 20", update.EvidenceJson);
        Assert.Null(NewDeviceAlert(browsing.Step(T + 6 * Minute, callHome)));
    }

    [Fact]
    public void After_two_days_a_device_is_no_longer_new_and_the_model_forgets_where_it_went()
    {
        var plant = NewDeviceIn(NoAdminNeighbours);
        Assert.NotNull(NewDeviceAlert(plant.Step(T + 10 * Second, Rdp(T, Plant.Scada))));
        Assert.NotEmpty(plant.State.NewDevice.Places);

        var later = T + NewDeviceActivityModel.NewnessNs + Hour;
        Assert.Null(NewDeviceAlert(plant.Step(later + Minute, Final(later, NewDevice, Plant.Plc, 102, "REJ", origBytes: 0))));
        Assert.Empty(plant.State.NewDevice.Places);
    }

    [Fact]
    public void The_places_kept_per_behaviour_are_bounded()
    {
        var plant = NewDeviceIn(NoAdminNeighbours);
        var probes = Enumerable.Range(1, 40).Select(i => Final(T + i * Second, NewDevice, $"10.20.0.{i}", 502, "REJ", origBytes: 0)).ToArray();

        plant.Step(T + Minute, probes);

        var zone = SubnetBehaviours.ZonePrefix + ZoneRoles.Ics;
        Assert.Equal(NewDeviceState.MaxPlaces, plant.State.NewDevice.Places[zone].Count);
        Assert.Equal(40 - NewDeviceState.MaxPlaces, plant.State.NewDevice.MorePlaces[zone]);
    }

    [Fact]
    public void An_established_device_tells_its_subnet_of_a_behaviour_once()
    {
        var plant = new Plant();
        plant.LearnOrdinaryDay();
        var t = 23 * Hour;

        plant.Step(t + Minute, Final(t, plant.Device, Plant.Plc, 102, "SF"));
        Assert.Equal([SubnetBehaviours.ZonePrefix + ZoneRoles.Ics], plant.LastSummary!.NewBehaviours);
        plant.Step(t + 2 * Minute, Final(t + Minute, plant.Device, "10.20.0.11", 102, "SF"));
        Assert.Empty(plant.LastSummary!.NewBehaviours);
    }

    [Fact]
    public void Never_seen_endpoints_count_for_the_subnet_only_after_a_device_has_had_an_hour()
    {
        var plant = new Plant();

        plant.Step(Minute, Final(0, plant.Device, "198.51.100.1", 443, "SF", respInternal: false));
        Assert.Empty(plant.LastSummary!.NewBehaviours);
        plant.Step(2 * Hour + Minute, Final(2 * Hour, plant.Device, "198.51.100.2", 443, "SF", respInternal: false));
        Assert.Equal([SubnetBehaviours.UnseenExternal], plant.LastSummary!.NewBehaviours);
    }

    [Fact]
    public void A_broadcast_is_no_external_endpoint()
    {
        var plant = new Plant();
        plant.LearnOrdinaryDay();
        var t = 23 * Hour;

        plant.Step(t + Minute, Final(t, plant.Device, "255.255.255.255", 68, "S0", respInternal: false) with { Protocol = 17 });

        Assert.Empty(plant.LastSummary!.NewBehaviours);
        Assert.Empty(plant.State.Profile.Behaviours);
    }
}
