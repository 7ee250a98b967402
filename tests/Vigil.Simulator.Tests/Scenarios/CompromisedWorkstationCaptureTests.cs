using Vigil.Simulator.Behaviour;
using Vigil.Simulator.Scenarios;

namespace Vigil.Simulator.Tests.Scenarios;

public sealed class CompromisedWorkstationCaptureTests(SimulatedCaptures captures)
    : NoisyScenarioCaptureTests(captures, CompromisedWorkstationScenario.ScenarioName)
{
    [Fact]
    public void The_pivot_starts_on_an_established_workstation_and_ends_on_the_engineering_workstation_in_working_hours()
    {
        var pivot = Step("workstation_rdp_to_scada");
        Assert.Equal("workstation", Device(pivot.Attacker).Role);
        Assert.False(Device(pivot.Attacker).IsNew);
        Assert.Equal([RoleIp("scada_server")], pivot.Targets);
        var hop = Step("scada_rdp_to_engineering");
        Assert.Equal(RoleIp("scada_server"), hop.Attacker);
        Assert.Equal([RoleIp("engineering_workstation")], hop.Targets);
        var reprogram = Step("engineering_stops_and_reprograms_plc");
        Assert.Equal(RoleIp("engineering_workstation"), reprogram.Attacker);
        Assert.True(SimulationContext.IsWorkingHours(SimTime.FromDateTime(reprogram.FirstPacket!.Value)), $"{reprogram.FirstPacket}");
    }

    [SkippableFact]
    public void The_workstation_takes_the_jump_hosts_usual_path_for_the_first_time_with_an_admin_cookie()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        var pivot = Step("workstation_rdp_to_scada");
        var scada = RoleIp("scada_server");
        bool RdpSyn(Func<string, string> f, string src) => CaptureChecks.IsSyn(f) && f("ip.src") == src && f("ip.dst") == scada && f("tcp.dstport") == "3389";
        // The path is the jump host's habit during learning, and never the workstation's before the step.
        Assert.Contains(Table.Values("frame.time_epoch", f => RdpSyn(f, RoleIp("jump_host"))).Select(Time), t => t < Labels.LearningEnd);
        Assert.All(Table.Values("frame.time_epoch", f => RdpSyn(f, pivot.Attacker)).Select(Time), t => Assert.True(t >= pivot.Start, $"{t:O}"));
        Assert.Equal(new HashSet<string> { "Cookie: mstshash=administrator" },
            Table.Values("rdp.rt_cookie", f => f("ip.src") == pivot.Attacker).ToHashSet());
        Assert.Contains("Cookie: mstshash=administrator", Table.Values("rdp.rt_cookie", f => f("ip.src") == scada && f("ip.dst") == RoleIp("engineering_workstation")));
    }

    [SkippableFact]
    public void The_engineering_workstation_stops_the_plc_and_downloads_a_block_only_in_the_step()
    {
        Skip.IfNot(Tshark.Available, Tshark.Missing);
        var step = Step("engineering_stops_and_reprograms_plc");
        var plc = Assert.Single(step.Targets);
        var controls = Table.Where(f => f("s7comm.header.rosctr") == "1" && f("s7comm.param.func") is "0x29" or "0x1a").ToList();
        Assert.Equal(new HashSet<string> { "0x29", "0x1a" }, controls.Select(r => Table.Get(r, "s7comm.param.func")).ToHashSet());
        Assert.All(controls, r =>
        {
            Assert.Equal(step.Attacker, Table.Get(r, "ip.src"));
            Assert.Equal(plc, Table.Get(r, "ip.dst"));
            Assert.InRange(Time(Table.Get(r, "frame.time_epoch")), step.Start, step.End);
        });
    }
}
