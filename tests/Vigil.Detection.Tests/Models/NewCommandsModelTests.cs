using Vigil.Contracts.Alerts;
using Vigil.Contracts.Flows;
using Vigil.Contracts.Subnets;
using static Vigil.Detection.Tests.Flows;

namespace Vigil.Detection.Tests.Models;

public sealed class NewCommandsModelTests
{
    private static FlowEvent S7(long t, string device, params string[] operations) =>
        Plant.WithApp(Final(t, device, Plant.Plc, 102, "SF"), new ApplicationSummary { Operations = operations.ToDictionary(o => o, _ => 1) });

    [Fact]
    public void Discovery_then_writes_then_a_download_each_raise_their_model_with_the_commands_named()
    {
        var plant = new Plant { Device = Plant.Scada, Zone = ZoneRoles.Ics };
        for (var minute = 0L; minute < 24 * 60; minute += 10)
        {
            plant.Step(minute * Minute + Minute, S7(minute * Minute, Plant.Scada, "s7comm/job/4"));
        }
        var t = Plant.LearningEnd + Hour;

        var discover = plant.Step(t + Minute, S7(t, Plant.Scada, "s7comm/szl/17", "s7comm/szl/28", "s7comm/job/4"));
        var action = plant.Step(t + 30 * Minute, S7(t + 29 * Minute, Plant.Scada, "s7comm/job/5", "s7comm/job/41"));
        var reprogram = plant.Step(t + 60 * Minute, S7(t + 59 * Minute, Plant.Scada, "s7comm/job/26", "s7comm/job/27", "s7comm/pi/_INSE"));

        var d = Assert.Single(discover);
        Assert.Equal(ModelNames.MultipleNewDiscoverCommands, d.Model);
        Assert.Contains("SZL read", d.Summary);
        Assert.Equal(ModelNames.MultipleNewActionCommands, Assert.Single(action).Model);
        Assert.Contains("PLC Stop", action[0].Summary);
        Assert.Equal(ModelNames.UncommonIcsReprogram, Assert.Single(reprogram).Model);
        Assert.All(discover.Concat(action).Concat(reprogram), a => Assert.InRange(a.Score, 0.33, 1));
    }

    [Fact]
    public void Commands_learnt_for_the_pair_during_the_baseline_do_not_alert()
    {
        var plant = new Plant { Device = Plant.Scada, Zone = ZoneRoles.Ics };
        plant.Step(Hour, S7(Hour - Minute, Plant.Scada, "s7comm/job/5", "s7comm/szl/17"));
        var t = Plant.LearningEnd + Hour;

        Assert.Empty(plant.Step(t + Minute, S7(t, Plant.Scada, "s7comm/job/5", "s7comm/szl/17")));
    }

    [Fact]
    public void A_first_PLC_stop_after_a_day_of_reads_weighs_by_how_rare_stops_were_among_them_and_a_new_write_does_not()
    {
        Alert JudgeAfterADayOfReads(string operation)
        {
            var plant = new Plant { Device = Plant.Scada, Zone = ZoneRoles.Ics };
            for (var minute = 0L; minute < 24 * 60; minute += 10)
            {
                plant.Step(minute * Minute + Minute, S7(minute * Minute, Plant.Scada, "s7comm/job/4"));
            }
            var t = Plant.LearningEnd + Hour;
            return Assert.Single(plant.Step(t + Minute, S7(t, Plant.Scada, operation)));
        }

        var stop = JudgeAfterADayOfReads("s7comm/job/41");
        var write = JudgeAfterADayOfReads("s7comm/job/5");

        // 144 reads and no stop before it: P(next request stops the PLC) = ½/145.
        Assert.Contains("\"requests_before\":144", stop.EvidenceJson);
        Assert.Contains($"\"run_state_surprisal\":{Math.Round(Math.Log10(145 / 0.5), 4)}", stop.EvidenceJson);
        Assert.Contains("\"run_state_surprisal\":0", write.EvidenceJson);
        Assert.True(stop.Score > write.Score);
    }
}
