using Vigil.Contracts.Devices;
using Vigil.Contracts.Flows;
using Vigil.Detection.Devices;
using Vigil.Detection.Identity;
using static Vigil.Detection.Tests.Flows;

namespace Vigil.Detection.Tests.Identity;

public sealed class RoleGuessTests
{
    [Fact]
    public void A_device_that_answers_Modbus_and_identifies_itself_is_a_PLC_with_its_product()
    {
        var (profile, identity) = Device("10.20.0.5", asOriginator: false, port: 502,
            app: new ApplicationSummary { ResponderIdentity = new DeviceIdentityFacts { Source = "modbus/43/14", Vendor = "Schneider Electric", Product = "BMX P34 2020", Version = "v3.10" } });

        var (role, evidence) = RoleGuess.Of(profile, identity);

        Assert.Equal("plc", role);
        Assert.Equal("Schneider Electric", identity.Vendor);
        Assert.Equal("BMX P34 2020 v3.10", identity.Product);
        Assert.Equal(["answers Modbus/TCP on tcp/502", "identifies as Schneider Electric BMX P34 2020 v3.10 (modbus/43/14)"], evidence);
    }

    [Fact]
    public void A_client_that_downloads_S7_blocks_is_an_engineering_workstation()
    {
        var (profile, identity) = Device("10.20.0.9", asOriginator: true, port: 102,
            app: new ApplicationSummary { Operations = new Dictionary<string, int> { ["s7comm/job/27"] = 3, ["s7comm/job/4"] = 10 } });

        var (role, evidence) = RoleGuess.Of(profile, identity);

        Assert.Equal("engineering_workstation", role);
        Assert.Contains("s7comm:reprogram", Assert.Single(evidence));
    }

    [Fact]
    public void A_client_that_only_reads_PLCs_is_an_HMI()
    {
        var (profile, identity) = Device("10.20.0.2", asOriginator: true, port: 502,
            app: new ApplicationSummary { Operations = new Dictionary<string, int> { ["modbus/3"] = 500 } });

        Assert.Equal("hmi_scada", RoleGuess.Of(profile, identity).Role);
    }

    [Fact]
    public void Names_are_kept_once_newest_last_and_bounded()
    {
        var identity = new DeviceIdentityState();
        identity.Name([new NameObservation("ws1", "dhcp"), new NameObservation("ws1.corp", "dns")]);
        identity.Name([new NameObservation("ws1", "dhcp")]);
        Assert.Equal(["ws1.corp (dns)", "ws1 (dhcp)"], identity.Names);

        identity.Name(Enumerable.Range(0, 20).Select(i => new NameObservation($"n{i}", "dns")));
        Assert.Equal(DeviceIdentityState.MaxNames, identity.Names.Count);
        Assert.Equal("n19 (dns)", identity.Names[^1]);
    }

    private static (DeviceProfile, DeviceIdentityState) Device(string ip, bool asOriginator, ushort port, ApplicationSummary app)
    {
        var flow = asOriginator ? Final(0, ip, "10.20.0.100", port, "SF") with { App = app } : Final(0, "10.20.0.100", ip, port, "SF") with { App = app };
        var profile = new DeviceProfile();
        var identity = new DeviceIdentityState();
        profile.Observe(flow, asOriginator);
        identity.Observe(flow, asOriginator);
        return (profile, identity);
    }
}
