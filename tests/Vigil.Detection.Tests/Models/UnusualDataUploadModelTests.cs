using Vigil.Contracts.Alerts;
using static Vigil.Detection.Tests.Flows;

namespace Vigil.Detection.Tests.Models;

public sealed class UnusualDataUploadModelTests
{
    [Fact]
    public void Tens_of_megabytes_to_one_peer_far_above_the_baseline_alert_once_per_episode()
    {
        var plant = new Plant();
        plant.LearnOrdinaryDay();
        var t = Plant.LearningEnd + Hour;

        var first = plant.Step(t + Minute, Final(t, plant.Device, Plant.Scada, 3389, "SF", origBytes: 20L << 20));
        var second = plant.Step(t + 2 * Minute, Final(t + Minute, plant.Device, Plant.Scada, 3389, "SF", origBytes: 20L << 20));

        var alert = Assert.Single(first, a => a.Model == ModelNames.UnusualDataUpload);
        Assert.Contains("\"kib_sent_10min\":20480", alert.EvidenceJson);
        Assert.InRange(alert.Score, 0.5, 1);
        Assert.DoesNotContain(second, a => a.Model == ModelNames.UnusualDataUpload);
    }

    [Fact]
    public void A_device_that_uploads_that_much_every_window_is_not_alerted()
    {
        var plant = new Plant();
        for (var window = 0L; window < 6 * 24; window++)
        {
            var t = window * 10 * Minute;
            plant.Step(t + Minute, Final(t, plant.Device, "10.10.0.9", 445, "SF", origBytes: (16L + window % 5) << 20));
        }
        var after = Plant.LearningEnd + Hour;

        Assert.DoesNotContain(plant.Step(after + Minute, Final(after, plant.Device, "10.10.0.9", 445, "SF", origBytes: 20L << 20)),
            a => a.Model == ModelNames.UnusualDataUpload);
    }
}
