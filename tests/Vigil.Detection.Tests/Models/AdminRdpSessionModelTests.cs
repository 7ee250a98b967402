using Vigil.Contracts.Alerts;
using Vigil.Contracts.Flows;
using Vigil.Detection.Models;
using static Vigil.Detection.Tests.Flows;

namespace Vigil.Detection.Tests.Models;

public sealed class AdminRdpSessionModelTests
{
    private static FlowEvent Rdp(long t, string device, string cookie) =>
        Plant.WithApp(Final(t, device, Plant.Scada, 3389, "SF", origBytes: 50_000), new ApplicationSummary { RdpCookie = cookie });

    [Theory]
    [InlineData("administrator", true)]
    [InlineData("CORP\\Administrator", true)]
    [InlineData("root@plant", true)]
    [InlineData("itadmin", true)]
    [InlineData("jsmith", false)]
    [InlineData("operator", false)]
    public void Admin_accounts_are_recognised_in_their_usual_spellings(string cookie, bool admin) =>
        Assert.Equal(admin, AdminRdpSessionModel.IsAdminAccount(cookie));

    [Fact]
    public void A_new_device_opening_an_admin_session_alerts_once_with_the_account_as_evidence()
    {
        var plant = new Plant();
        var t = Plant.LearningEnd + Hour;

        var alerts = plant.Step(t + Minute, Rdp(t, plant.Device, "administrator"));
        var again = plant.Step(t + 2 * Minute, Rdp(t + Minute, plant.Device, "administrator"));

        var alert = Assert.Single(alerts, a => a.Model == ModelNames.UnusualAdminRdpSession);
        Assert.InRange(alert.Score, ModelAlert.NoveltyMinScore, 1);
        Assert.Contains("\"account\":\"administrator\"", alert.EvidenceJson);
        Assert.Contains("\"pair_in_baseline\":\"no\"", alert.EvidenceJson);
        Assert.Contains("\"peer_group_admin_share\":0,", alert.EvidenceJson);
        Assert.DoesNotContain(again, a => a.Model == ModelNames.UnusualAdminRdpSession);
    }

    [Fact]
    public void An_established_device_whose_subnet_routinely_uses_admin_protocols_is_not_alerted_for_its_first_admin_session()
    {
        // All ten workstations use SMB: administration protocols are the subnet's habit.
        var plant = new Plant();
        plant.LearnOrdinaryDay();
        var t = Plant.LearningEnd + Hour;

        var alerts = plant.Step(t + Minute, Rdp(t, plant.Device, "administrator"));

        Assert.DoesNotContain(alerts, a => a.Model == ModelNames.UnusualAdminRdpSession);
    }

    [Fact]
    public void An_established_device_of_a_subnet_where_nobody_administers_anything_is_alerted()
    {
        var plant = new Plant { Subnet = Plant.Workstations with { ServiceClients = new Dictionary<string, int> { ["udp/53"] = 10, ["tcp/443"] = 10 } } };
        plant.LearnOrdinaryDay();
        var t = Plant.LearningEnd + Hour;

        var alerts = plant.Step(t + Minute, Rdp(t, plant.Device, "administrator"));

        Assert.Single(alerts, a => a.Model == ModelNames.UnusualAdminRdpSession);
    }

    [Fact]
    public void A_pair_learnt_during_the_baseline_and_a_non_admin_account_do_not_alert()
    {
        var plant = new Plant();
        plant.Step(Hour, Rdp(Hour - Minute, plant.Device, "administrator"));
        plant.LearnOrdinaryDay();
        var t = Plant.LearningEnd + Hour;

        var known = plant.Step(t + Minute, Rdp(t, plant.Device, "administrator"));
        var user = plant.Step(t + 2 * Minute, Plant.WithApp(Final(t + Minute, plant.Device, "10.20.0.6", 3389, "SF"), new ApplicationSummary { RdpCookie = "jsmith" }));

        Assert.DoesNotContain(known.Concat(user), a => a.Model == ModelNames.UnusualAdminRdpSession);
    }
}
