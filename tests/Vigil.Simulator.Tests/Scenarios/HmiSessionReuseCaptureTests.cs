using System.Globalization;
using Vigil.Simulator.Scenarios;

namespace Vigil.Simulator.Tests.Scenarios;

public sealed class HmiSessionReuseCaptureTests(SimulatedCaptures captures)
    : NoisyScenarioCaptureTests(captures, HmiSessionReuseScenario.ScenarioName)
{
    private IEnumerable<string[]> Writes(string hmi, string plc) =>
        Table.Where(f => f("ip.src") == hmi && f("ip.dst") == plc && f("s7comm.header.rosctr") == "1" && f("s7comm.param.func") == "0x05");

    private static string Area(CaptureTable table, string[] row) => $"{table.Get(row, "s7comm.param.item.area")}/{table.Get(row, "s7comm.param.item.db")}";

    [SkippableFact]
    public void Every_write_goes_over_the_hmis_one_polling_connection()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        var step = Step("session_reuse_writes");
        var plc = Assert.Single(step.Targets);
        Assert.Equal("scada_server", Device(step.Attacker).Role);
        var connections = Table.Where(f => CaptureChecks.IsSyn(f) && f("ip.src") == step.Attacker && f("ip.dst") == plc && f("tcp.dstport") == "102").ToList();
        var polling = Table.Get(Assert.Single(connections), "tcp.stream");
        Assert.True(Time(Table.Get(connections[0], "frame.time_epoch")) < Labels.Start.AddMinutes(1), "the polling connection opens with the capture");
        Assert.All(Writes(step.Attacker, plc), r => Assert.Equal(polling, Table.Get(r, "tcp.stream")));
    }

    [SkippableFact]
    public void Operators_write_only_the_setpoint_block_and_the_attacker_writes_areas_never_written_before()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        var step = Step("session_reuse_writes");
        var plc = Assert.Single(step.Targets);
        var writes = Writes(step.Attacker, plc).Select(r => (Time: Time(Table.Get(r, "frame.time_epoch")), Area: Area(Table, r))).ToList();
        var setpoints = string.Create(CultureInfo.InvariantCulture, $"0x84/{HmiSessionReuseScenario.SetpointBlock}");
        var before = writes.Where(w => w.Time < step.Start).Select(w => w.Area).ToHashSet();
        Assert.Equal(new HashSet<string> { setpoints }, before);
        var foreign = writes.Where(w => w.Time >= step.Start && w.Time <= step.End && w.Area != setpoints).ToList();
        Assert.Equal(HmiSessionReuseScenario.ForeignAreas.Count, foreign.Count);
        Assert.All(foreign, w => Assert.DoesNotContain(w.Area, before));
    }

    [SkippableFact]
    public void The_flood_is_thousands_of_writes_a_minute_on_the_same_session()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        var flood = Step("write_flood");
        var plc = Assert.Single(flood.Targets);
        var times = Writes(flood.Attacker, plc).Select(r => Time(Table.Get(r, "frame.time_epoch"))).Where(t => t >= flood.Start && t <= flood.End).Order().ToList();
        Assert.InRange(times.Count, HmiSessionReuseScenario.FloodWrites, HmiSessionReuseScenario.FloodWrites + 5);
        var perMinute = times.Count / (times[^1] - times[0]).TotalMinutes;
        Assert.True(perMinute > 2000, $"{perMinute:0} writes a minute");
        var normal = Writes(flood.Attacker, plc).Count(r => Time(Table.Get(r, "frame.time_epoch")) < Labels.LearningEnd);
        Assert.InRange(normal, 1, 30); // operators: a few an hour
    }
}
