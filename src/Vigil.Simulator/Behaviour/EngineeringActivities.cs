using Vigil.Simulator.Packets;
using Vigil.Simulator.Plant;
using Vigil.Simulator.Protocols;

namespace Vigil.Simulator.Behaviour;

/// <summary>
/// The people who legitimately touch OT: the engineering workstation identifying PLCs during the day
/// (S7 SZL reads, Modbus 43/14), and administrators reaching the SCADA server over RDP from the jump host.
/// </summary>
public static class EngineeringActivities
{
    /// <summary>The SCADA server's RDP certificate: self-signed, as Windows generates it.</summary>
    public static IReadOnlyList<byte[]> ScadaRdpChain(SimulationContext context)
    {
        var name = new DistinguishedName("DE", "FoodCo", context.Plant.Fqdn(context.Plant.Scada).ToUpperInvariant());
        var start = SimTime.ToDateTime(context.Start);
        var spec = new CertificateSpec(name, name, start.AddDays(-90), start.AddDays(90), [], false);
        return [X509Builder.Build(spec, context.Random("rdp-certificate"))];
    }

    /// <summary>
    /// The self-signed RDP certificate Windows generates for <paramref name="server"/> (any Windows host other than
    /// the SCADA server, whose chain <see cref="ScadaRdpChain"/> keeps for the original scenarios' bytes).
    /// </summary>
    public static IReadOnlyList<byte[]> RdpChain(SimulationContext context, PlantDevice server)
    {
        var name = new DistinguishedName("DE", "FoodCo", context.Plant.Fqdn(server).ToUpperInvariant());
        var start = SimTime.ToDateTime(context.Start);
        var spec = new CertificateSpec(name, name, start.AddDays(-120), start.AddDays(60), [], false);
        return [X509Builder.Build(spec, context.Random($"rdp-certificate/{server.Name}"))];
    }

    /// <summary>Routine identification checks from the engineering workstation during working hours.</summary>
    public static IEnumerable<SimPacket> RoutineChecks(SimulationContext context, double meanSeconds)
    {
        var random = context.Random("engineering");
        var plant = context.Plant;
        var plcs = plant.S7Plcs.Concat(plant.ModbusPlcs).ToList();
        return Schedule.Sessions(Schedule.Poisson(random, context.Start, context.End, meanSeconds, t => SimulationContext.IsWorkingHours(t) ? 1.0 : 0.0),
            t => Identify(context, plant.Engineering, random.Pick(plcs), t, random, close: true));
    }

    /// <summary>One identification session from <paramref name="client"/> to a PLC: SZL reads or Modbus 43/14 plus a read.</summary>
    public static IReadOnlyList<SimPacket> Identify(SimulationContext context, PlantDevice client, PlantDevice plc, long at, SimRandom random, bool close)
    {
        var packets = new List<SimPacket>();
        if (plc.Role == DeviceRole.S7Plc)
        {
            var s7 = new S7Client(context.Tcp(client, plc, 102, at, random), random);
            packets.AddRange(s7.Connect(0x0100));
            packets.AddRange(s7.Identify(plc.Name, "6ES7 315-2EH14-0AB0", $"S C-{plc.Address.Mac.Value & 0xFFFFFF:X6}2019"));
            packets.AddRange(s7.Read([new S7Item(0x84, 1, 0, 16)]));
            if (close)
            {
                packets.AddRange(s7.Close());
            }
            return packets;
        }
        var modbus = new ModbusClient(context.Tcp(client, plc, 502, at, random), random);
        packets.AddRange(modbus.Connect());
        packets.AddRange(modbus.ReadDeviceIdentification("Schneider Electric", "BMX P34 2020", "v3.10"));
        packets.AddRange(modbus.ReadHolding(0, 16));
        if (close)
        {
            packets.AddRange(modbus.Close());
        }
        return packets;
    }

    /// <summary>Occasional administrator RDP sessions from the jump host to the SCADA server.</summary>
    public static IEnumerable<SimPacket> AdminRdp(SimulationContext context, double meanSeconds)
    {
        var random = context.Random("admin-rdp");
        var chain = ScadaRdpChain(context);
        var plant = context.Plant;
        return Schedule.Sessions(Schedule.Poisson(random, context.Start, context.End, meanSeconds, t => SimulationContext.IsWorkingHours(t) ? 1.0 : 0.0),
            t => Rdp(context, plant.JumpHost, plant.Scada, "administrator", chain, t, t + random.Next(3, 20) * SimTime.Minute, random));
    }

    /// <summary>A whole RDP session, lazily: open, interact until <paramref name="until"/>, close.</summary>
    public static IEnumerable<SimPacket> Rdp(SimulationContext context, PlantDevice client, PlantDevice server, string user, IReadOnlyList<byte[]> chain, long at, long until, SimRandom random)
    {
        var tcp = context.Tcp(client, server, 3389, at, random, 64240);
        foreach (var packet in RdpSession.Open(tcp, random, user, chain))
        {
            yield return packet;
        }
        foreach (var packet in RdpSession.Interact(tcp, random, Math.Min(until, context.End)))
        {
            yield return packet;
        }
        foreach (var packet in tcp.Close())
        {
            yield return packet;
        }
    }
}
