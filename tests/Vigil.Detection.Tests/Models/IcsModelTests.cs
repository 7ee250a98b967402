using Vigil.Contracts.Alerts;
using Vigil.Contracts.Flows;
using Vigil.Contracts.Subnets;
using static Vigil.Detection.Tests.Flows;

namespace Vigil.Detection.Tests.Models;

/// <summary>Possible ICS protocol, IT to ICS, failed connections to ICS devices and ICS connectivity.</summary>
public sealed class IcsModelTests
{
    private static FlowEvent S7(long t, string device, string plc, Dictionary<string, int>? operations = null) =>
        Plant.WithApp(Final(t, device, plc, 102, "SF"), new ApplicationSummary { Operations = operations ?? new Dictionary<string, int> { ["s7comm/job/4"] = 3 } });

    [Fact]
    public void An_IT_workstation_that_starts_speaking_S7_to_a_PLC_raises_the_ICS_novelty_models_once_each()
    {
        var plant = new Plant();
        plant.LearnOrdinaryDay();
        var t = Plant.LearningEnd + Hour;

        var alerts = plant.Step(t + Minute, S7(t, plant.Device, Plant.Plc));
        var again = plant.Step(t + 2 * Minute, S7(t + Minute, plant.Device, "10.20.0.11"));

        Assert.Equal([ModelNames.AnomalousItToIcsConnection, ModelNames.PossibleIcsProtocol, ModelNames.UnusualIcsConnectivity],
            alerts.Select(a => a.Model).Order(StringComparer.Ordinal));
        Assert.All(alerts, a => Assert.InRange(a.Score, 0.33, 1));
        Assert.Empty(again);
    }

    [Fact]
    public void A_SCADA_server_polling_its_PLCs_as_in_the_baseline_is_quiet()
    {
        var plant = new Plant { Device = Plant.Scada, Zone = ZoneRoles.Ics };
        for (var minute = 0L; minute < 24 * 60; minute += 10)
        {
            plant.Step(minute * Minute + Minute, S7(minute * Minute, Plant.Scada, Plant.Plc));
        }
        var t = Plant.LearningEnd + Hour;

        Assert.Empty(plant.Step(t + Minute, S7(t, Plant.Scada, Plant.Plc)));
    }

    [Fact]
    public void Attempts_on_an_ICS_port_towards_the_internet_alert_as_external()
    {
        var plant = new Plant();
        plant.LearnOrdinaryDay();
        var t = Plant.LearningEnd + Hour;

        var alerts = plant.Step(t + Minute, Final(t, plant.Device, Plant.External, 502, "S0", respInternal: false, origBytes: 0));

        var alert = Assert.Single(alerts);
        Assert.Equal(ModelNames.PossibleIcsProtocol, alert.Model);
        Assert.Contains("\"reason\":\"external\"", alert.EvidenceJson);
    }

    [Fact]
    public void Repeated_failures_to_ICS_devices_on_ICS_ports_alert_once_per_burst()
    {
        var plant = new Plant();
        plant.LearnOrdinaryDay();
        var t = Plant.LearningEnd + Hour;
        var probes = Enumerable.Range(1, 12).Select(i => Final(t + i * Second, plant.Device, $"10.20.0.{i}", 102, "S0", origBytes: 0)).ToArray();

        var alerts = plant.Step(t + Minute, probes);

        var alert = Assert.Single(alerts, a => a.Model == ModelNames.MultipleFailedConnectionsToIcsDevice);
        Assert.Contains("\"failed_attempts\":5", alert.EvidenceJson);
        Assert.InRange(alert.Score, 0.5, 1);
    }
}
