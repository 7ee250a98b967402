using Vigil.Simulator.Behaviour;
using Vigil.Simulator.Labels;
using Vigil.Simulator.Packets;
using Vigil.Simulator.Plant;
using Vigil.Simulator.Protocols;
using M = Vigil.Contracts.Alerts.ModelNames;

namespace Vigil.Simulator.Scenarios;

/// <summary>
/// The reference incident (BRIEF.md): a new device in the IT VLAN opens an administrator RDP session to
/// the WinCC server and uploads tens of megabytes, scans the OT subnet on 102 and 502, calls home over
/// TLS without SNI to self-signed servers, tries external hosts on 502, then identifies the PLCs, writes
/// to them, downloads a block and stops a PLC — all within about three hours.
/// </summary>
public sealed class ReferenceIncidentScenario : IScenario
{
    /// <summary>Name on the command line.</summary>
    public const string ScenarioName = "reference-incident";

    /// <inheritdoc />
    public string Name => ScenarioName;

    /// <inheritdoc />
    public TimeSpan Span => TimeSpan.FromHours(3);

    /// <inheritdoc />
    public ScenarioPlan Build(SimulationContext context, long eventStart)
    {
        var plant = context.Plant;
        var random = context.Random("reference-incident");
        var window = new StepWindow(eventStart);
        var sources = new List<IEnumerable<SimPacket>>(BenignPlant.Activities(context, _ => context.PollInterval));
        var attacker = plant.JoinIt("kali", DeviceRole.Attacker, Vendors.RaspberryPi, "Raspberry Pi", 64);
        var plcs = plant.S7Plcs.Concat(plant.ModbusPlcs).ToList();
        var steps = new List<StepLabel>();
        TimeSpan Min(double minutes) => TimeSpan.FromMinutes(minutes);

        sources.Add(NetworkJoin.Dhcp(context, attacker, "kali", eventStart, random));
        sources.Add(AttackSteps.RdpUpload(context, attacker, plant.Scada, window.At(Min(2)), window.At(Min(8)), 32L * 1024 * 1024,
            80_000, window.At(Min(25)), random.Fork("rdp")));
        steps.Add(window.Step("admin_rdp_to_scada", StepLabel.AttackKind, Min(0), Min(26), attacker, [plant.Scada],
            [M.UnusualAdminRdpSession, M.AnomalousItToIcsConnection, M.UnusualActivityFromNewDevice],
            "New IT device opens an RDP session as administrator to the WinCC server in OT."));
        steps.Add(window.Step("rdp_upload", StepLabel.AttackKind, Min(8), Min(26), attacker, [plant.Scada],
            [M.UnusualDataUpload], "About 32 MB uploaded to the WinCC server over 3389."));

        sources.Add(AttackSteps.Scan(context, attacker, plant.OtSubnet, plant.OtVlan, [102, 502], window.At(Min(30)), 2 * SimTime.Second, random.Fork("scan")));
        steps.Add(window.Step("ot_scan", StepLabel.AttackKind, Min(30), Min(48), attacker, plcs,
            [M.NetworkScan, M.MultipleFailedInternalConnections, M.MultipleFailedConnectionsToIcsDevice, M.AnomalousItToIcsConnection,
             M.PossibleIcsProtocol, M.UnusualActivityFromNewDevice],
            "SYN scan of the OT /24 on 102 and 502: most probes unanswered or reset."));

        var c2 = AttackSteps.CommandServers(context, 3, random.Fork("c2"));
        sources.Add(AttackSteps.Beacons(context, attacker, c2, window.At(Min(55)), window.At(Min(180)), 300, random.Fork("beacons")));
        steps.Add(window.Step("c2_tls_without_sni", StepLabel.AttackKind, Min(55), Min(180), attacker, c2.Select(c => c.Server),
            [M.AnomalousSslWithoutSni, M.RareExternalSslSelfSigned, M.UnusualActivityFromNewDevice],
            "TLS without SNI to never-seen external IPs presenting self-signed certificates."));

        var external502 = Enumerable.Range(0, 5).Select(i => PlantLayout.External($"ext-502-{i + 1}", $"192.0.2.{random.Next(10, 250)}", 50)).ToList();
        sources.Add(AttackSteps.ExternalAttempts(context, attacker, external502, 502, window.At(Min(60)), 20 * SimTime.Second, 6, random.Fork("ext502")));
        steps.Add(window.Step("external_502_attempts", StepLabel.AttackKind, Min(60), Min(72), attacker, external502,
            [M.PossibleIcsProtocol, M.UnusualActivityFromNewDevice], "Failed connection attempts to internet hosts on 502."));

        sources.Add(Discovery(context, attacker, plcs, window.At(Min(80)), random.Fork("discovery")));
        steps.Add(window.Step("ics_discovery", StepLabel.AttackKind, Min(80), Min(110), attacker, plcs,
            [M.MultipleNewDiscoverCommands, M.UnusualIcsConnectivity, M.AnomalousItToIcsConnection, M.PossibleIcsProtocol],
            "S7 SZL reads and Modbus 43/14 and 17 identification of every PLC."));

        sources.Add(Actions(context, attacker, plcs, window.At(Min(115)), random.Fork("actions")));
        // The writes reuse the pairs the discovery opened half an hour before: what is new is the commands,
        // not the connectivity (Unusual ICS Connectivity belongs to the discovery step).
        steps.Add(window.Step("ics_actions", StepLabel.AttackKind, Min(115), Min(150), attacker, plcs,
            [M.MultipleNewActionCommands], "S7 Write Var and Modbus FC 16/6 writes to the PLCs."));

        var victim = plant.S7Plcs[0];
        sources.Add(Reprogram(context, attacker, victim, window.At(Min(155)), random.Fork("reprogram")));
        steps.Add(window.Step("plc_reprogram_and_stop", StepLabel.AttackKind, Min(155), Min(175), attacker, [victim],
            [M.UncommonIcsReprogram, M.MultipleNewActionCommands], "OB1 downloaded to an S7 PLC, which is then stopped."));
        return new ScenarioPlan(sources, steps);
    }

    /// <summary>Identification of every PLC, one after the other, a couple of minutes apart.</summary>
    internal static IEnumerable<SimPacket> Discovery(SimulationContext context, PlantDevice attacker, IReadOnlyList<PlantDevice> plcs, long start, SimRandom random) =>
        PacketStreams.MergeByStart(plcs.Select((plc, i) =>
        {
            var packets = new List<SimPacket>(EngineeringActivities.Identify(context, attacker, plc, start + i * 3 * SimTime.Minute, random, close: false));
            if (plc.Role == DeviceRole.ModbusPlc)
            {
                var tcp = context.Tcp(attacker, plc, 502, packets[^1].TimestampNs + SimTime.Second, random);
                var modbus = new ModbusClient(tcp, random);
                packets.AddRange(modbus.Connect());
                packets.AddRange(modbus.ReportServerId("BMX P34 2020"));
                packets.AddRange(modbus.Close());
            }
            return (IEnumerable<SimPacket>)packets;
        }));

    /// <summary>Process-changing writes to every PLC.</summary>
    internal static IEnumerable<SimPacket> Actions(SimulationContext context, PlantDevice attacker, IReadOnlyList<PlantDevice> plcs, long start, SimRandom random) =>
        PacketStreams.MergeByStart(plcs.Select((plc, i) =>
        {
            var at = start + i * 4 * SimTime.Minute;
            var packets = new List<SimPacket>();
            if (plc.Role == DeviceRole.S7Plc)
            {
                var s7 = new S7Client(context.Tcp(attacker, plc, 102, at, random), random);
                packets.AddRange(s7.Connect(0x0100));
                for (var w = 0; w < 4; w++)
                {
                    s7.Tcp.Wait(random.Next(1, 10) * SimTime.Second);
                    packets.AddRange(s7.Write(new S7Item(0x84, (ushort)random.Next(1, 20), random.Next(0, 64) * 2, 2), random.Bytes(2)));
                }
                packets.AddRange(s7.Close());
                return (IEnumerable<SimPacket>)packets;
            }
            var modbus = new ModbusClient(context.Tcp(attacker, plc, 502, at, random), random);
            packets.AddRange(modbus.Connect());
            for (var w = 0; w < 3; w++)
            {
                modbus.Tcp.Wait(random.Next(1, 10) * SimTime.Second);
                packets.AddRange(modbus.WriteMultiple((ushort)(random.Next(0, 50) * 4), Enumerable.Range(0, 4).Select(_ => (ushort)random.Next(0, 65535)).ToList()));
                packets.AddRange(modbus.WriteSingle((ushort)random.Next(0, 200), (ushort)random.Next(0, 65535)));
            }
            packets.AddRange(modbus.Close());
            return packets;
        }));

    /// <summary>Block download of OB1 then PLC stop, on one S7 connection.</summary>
    internal static IEnumerable<SimPacket> Reprogram(SimulationContext context, PlantDevice actor, PlantDevice plc, long start, SimRandom random)
    {
        var s7 = new S7Client(context.Tcp(actor, plc, 102, start, random), random);
        var packets = new List<SimPacket>(s7.Connect(0x0100));
        s7.Tcp.Wait(2 * SimTime.Second);
        packets.AddRange(s7.Download("08", 1, random.Next(600, 1400)));
        s7.Tcp.Wait(5 * SimTime.Second);
        packets.AddRange(s7.Stop());
        s7.Tcp.Wait(2 * SimTime.Second);
        packets.AddRange(s7.Close());
        return packets;
    }
}
