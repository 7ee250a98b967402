using Vigil.Contracts.Alerts;
using Vigil.Contracts.Flows;
using Vigil.Detection.Models;
using static Vigil.Detection.Tests.Flows;

namespace Vigil.Detection.Tests.Models;

public sealed class ExternalTlsModelTests
{
    private static FlowEvent Tls(long t, string device, string server, string? sni, bool? selfSigned, string subject, string issuer) =>
        Plant.WithApp(Final(t, device, server, 443, "SF", respInternal: false), new ApplicationSummary
        {
            Tls = new TlsSummary { ClientHello = true, Sni = sni, CertificateSubject = subject, CertificateIssuer = issuer, SelfSigned = selfSigned },
        });

    [Fact]
    public void A_ClientHello_without_SNI_to_a_never_contacted_external_alerts_with_the_estate_reach()
    {
        var plant = new Plant();
        plant.LearnOrdinaryDay();
        var t = Plant.LearningEnd + Hour;

        var alerts = plant.Step(t + Minute, Tls(t, plant.Device, Plant.External, null, null, "CN=x", "CN=ca"));

        var alert = Assert.Single(alerts, a => a.Model == ModelNames.AnomalousSslWithoutSni);
        Assert.Contains("\"estate_devices_that_contacted_it\":0", alert.EvidenceJson);
        Assert.Equal([Plant.External], alert.Peers);
    }

    [Fact]
    public void SNI_or_a_known_endpoint_does_not_alert()
    {
        var plant = new Plant();
        plant.Step(Hour, Tls(Hour - Minute, plant.Device, Plant.External, null, false, "CN=x", "CN=ca"));
        plant.LearnOrdinaryDay();
        var t = Plant.LearningEnd + Hour;

        var known = plant.Step(t + Minute, Tls(t, plant.Device, Plant.External, null, false, "CN=x", "CN=ca"));
        var named = plant.Step(t + 2 * Minute, Tls(t + Minute, plant.Device, "198.51.100.9", "update.example.com", false, "CN=x", "CN=ca"));

        Assert.Empty(known.Concat(named));
    }

    [Theory]
    [InlineData(true, "CN=a", "CN=b", "verified")]
    [InlineData(false, "CN=203.0.113.7", "CN=203.0.113.7", "self-issued")]
    public void A_rare_external_server_with_a_self_signed_certificate_alerts(bool selfSigned, string subject, string issuer, string how)
    {
        var plant = new Plant();
        plant.LearnOrdinaryDay();
        var t = Plant.LearningEnd + Hour;

        var alerts = plant.Step(t + Minute, Tls(t, plant.Device, Plant.External, "c2.example", selfSigned, subject, issuer));

        var alert = Assert.Single(alerts, a => a.Model == ModelNames.RareExternalSslSelfSigned);
        Assert.Contains($"\"self_signed\":\"{how}\"", alert.EvidenceJson);
        Assert.InRange(alert.Score, ModelAlert.NoveltyMinScore, 1);
    }

    [Fact]
    public void A_CA_signed_certificate_does_not_alert() =>
        Assert.DoesNotContain(new Plant().Step(Plant.LearningEnd + 2 * Hour, Tls(Plant.LearningEnd + Hour, "10.10.0.50", Plant.External, "x", false, "CN=x", "CN=ca")),
            a => a.Model == ModelNames.RareExternalSslSelfSigned);
}
