using Vigil.Contracts.Alerts;
using Vigil.Contracts.Devices;
using Vigil.Contracts.Flows;
using Vigil.Contracts.Subnets;
using static Vigil.Detection.Tests.Flows;

namespace Vigil.Detection.Tests;

/// <summary>A small plant for model tests: an IT subnet, an ICS subnet, and a device driven step by step through <see cref="DeviceDetector"/>.</summary>
internal sealed class Plant
{
    public const string ItSubnet = "10.10.0.0/24";
    public const string Plc = "10.20.0.10";
    public const string Scada = "10.20.0.5";
    public const string External = "203.0.113.7";
    public static readonly long LearningEnd = 24 * Hour;

    /// <summary>Ten established workstations observed for a day each, using SMB, DNS and HTTPS, none ICS.</summary>
    public static readonly SubnetProfile Workstations = new()
    {
        Subnet = ItSubnet,
        EstablishedDevices = 10,
        MeanDailyPeers = 3,
        VarianceDailyPeers = 1.5,
        ServiceClients = new Dictionary<string, int> { ["tcp/445"] = 10, ["udp/53"] = 10, ["tcp/443"] = 10, ["tcp/3389"] = 1 },
        DeviceHours = 240,
    };

    /// <summary>An ICS subnet whose established SCADA server and historian poll PLCs over S7 and Modbus.</summary>
    public static readonly SubnetProfile Control = new()
    {
        Subnet = "10.20.0.0/24",
        EstablishedDevices = 10,
        MeanDailyPeers = 2,
        VarianceDailyPeers = 4,
        ServiceClients = new Dictionary<string, int> { ["tcp/102"] = 2, ["tcp/502"] = 2, ["udp/53"] = 3 },
        DeviceHours = 240,
    };

    public DeviceState State { get; } = new();

    /// <summary>The device's subnet as its grain would read it.</summary>
    public SubnetProfile Subnet { get; init; } = Workstations;

    public string Device { get; init; } = "10.10.0.50";

    public string Zone { get; init; } = ZoneRoles.It;

    /// <summary>External endpoint → established devices of the estate that contacted it; unlisted ones nobody did.</summary>
    public IReadOnlyDictionary<string, int> ExternalReach { get; init; } = new Dictionary<string, int>();

    /// <summary>What the device told its subnet at the end of the last step.</summary>
    public DeviceActivitySummary? LastSummary { get; private set; }

    /// <summary>Runs one step of events; returns the alerts.</summary>
    public IReadOnlyList<Alert> Step(long stepEndNs, params FlowEvent[] events)
    {
        var zones = new Dictionary<string, string>();
        var reach = new Dictionary<string, int>();
        foreach (var flow in events)
        {
            var peer = flow.Orig == Device ? flow.Resp : flow.Orig;
            zones[peer] = peer.StartsWith("10.20.", StringComparison.Ordinal) ? ZoneRoles.Ics : peer.StartsWith("10.", StringComparison.Ordinal) ? ZoneRoles.It : ZoneRoles.External;
            if (zones[peer] == ZoneRoles.External)
            {
                reach[peer] = ExternalReach.GetValueOrDefault(peer);
            }
        }
        var result = DeviceDetector.Observe(State, Device, new DeviceStep
        {
            StepEndNs = stepEndNs,
            LearningEndNs = LearningEnd,
            Subnet = Subnet.Subnet,
            SubnetProfile = Subnet,
            Events = events,
            Estate = new EstateView { Zone = Zone, PeerZones = zones, ExternalReach = reach, EstablishedDevices = 20 },
        });
        LastSummary = result.Summary;
        return result.Alerts;
    }

    /// <summary>A day of ordinary office traffic during learning, so the device is established.</summary>
    public void LearnOrdinaryDay()
    {
        for (var hour = 0; hour < 23; hour++)
        {
            var t = hour * Hour;
            Step(t + Hour, Final(t, Device, "10.10.0.2", 445, "SF"), Final(t + Minute, Device, "10.10.0.3", 53, "SF"));
        }
    }

    public static FlowEvent WithApp(FlowEvent flow, ApplicationSummary app) => flow with { App = app, Service = flow.RespPort switch { 102 => "s7comm", 502 => "modbus", 3389 => "rdp", 443 => "tls", _ => null } };
}
