using System.Globalization;
using System.Text.RegularExpressions;
using Vigil.Simulator.Scenarios;

namespace Vigil.Simulator.Tests.Scenarios;

public sealed partial class RtuAttackerCaptureTests(SimulatedCaptures captures)
    : NoisyScenarioCaptureTests(captures, RtuAttackerScenario.ScenarioName)
{
    [GeneratedRegex(@"(\d+) reads answered by (\d+) exception responses")]
    private static partial Regex SweepCounts();

    [Fact]
    public void The_attacker_is_an_established_modbus_plc()
    {
        var sweep = Step("modbus_read_sweep");
        Assert.Equal("modbus_plc", Device(sweep.Attacker).Role);
        Assert.False(Device(sweep.Attacker).IsNew);
        Assert.DoesNotContain(sweep.Attacker, sweep.Targets);
        Assert.All(sweep.Targets, t => Assert.Equal("modbus_plc", Device(t).Role));
    }

    [SkippableFact]
    public void The_plc_never_was_a_modbus_client_before_the_sweep()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        var sweep = Step("modbus_read_sweep");
        var requests = Table.Where(f => f("ip.src") == sweep.Attacker && f("tcp.dstport") == "502").Select(r => Time(Table.Get(r, "frame.time_epoch"))).ToList();
        Assert.NotEmpty(requests);
        Assert.All(requests, t => Assert.True(t >= sweep.Start, $"{t:O}"));
    }

    [SkippableFact]
    public void The_sweep_reads_fc_1_to_4_over_many_units_and_draws_the_labelled_number_of_exceptions()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        var sweep = Step("modbus_read_sweep");
        var counts = SweepCounts().Match(sweep.Description);
        Assert.True(counts.Success, sweep.Description);
        var reads = int.Parse(counts.Groups[1].Value, CultureInfo.InvariantCulture);
        var exceptions = int.Parse(counts.Groups[2].Value, CultureInfo.InvariantCulture);
        bool Request(Func<string, string> f) => f("ip.src") == sweep.Attacker && f("tcp.dstport") == "502" && f("modbus.func_code").Length > 0;
        bool Answer(Func<string, string> f) => f("ip.dst") == sweep.Attacker && f("tcp.srcport") == "502" && sweep.Targets.Contains(f("ip.src"));
        Assert.Equal(reads, Table.Where(f => Request(f) && f("modbus.func_code") is "1" or "2" or "3" or "4").Count());
        Assert.Equal(exceptions, Table.Where(f => Answer(f) && f("modbus.exception_code").Length > 0).Count());
        Assert.True(exceptions >= 1000, $"{exceptions} exceptions");
        Assert.Equal(new HashSet<string> { "1", "2" }, Table.Values("modbus.exception_code", Answer).ToHashSet());
        Assert.Equal(new HashSet<string> { "1", "2", "3", "4" }, Table.Values("modbus.func_code", f => Request(f) && f("modbus.func_code") != "5").ToHashSet());
        Assert.Equal(RtuAttackerScenario.UnitIds, Table.Values("mbtcp.unit_id", Request).Count);
    }

    [SkippableFact]
    public void Then_one_coil_is_forced_on_one_target()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        var write = Step("coil_write");
        var coils = Table.Where(f => f("ip.src") == write.Attacker && f("tcp.dstport") == "502" && f("modbus.func_code") == "5").ToList();
        var coil = Assert.Single(coils);
        Assert.Equal(Assert.Single(write.Targets), Table.Get(coil, "ip.dst"));
        Assert.InRange(Time(Table.Get(coil, "frame.time_epoch")), write.Start, write.End);
        Assert.Empty(Table.Where(f => f("ip.src") == write.Attacker && f("modbus.func_code") is "6" or "15" or "16"));
    }
}
