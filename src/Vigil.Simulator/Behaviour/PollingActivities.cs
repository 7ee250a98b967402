using Vigil.Simulator.Packets;
using Vigil.Simulator.Plant;
using Vigil.Simulator.Protocols;

namespace Vigil.Simulator.Behaviour;

/// <summary>
/// Cyclic ICS polling over long-lived connections: the SCADA server and the historian reading process
/// values from every PLC, one request per interval on a connection opened once.
/// </summary>
public static class PollingActivities
{
    /// <summary>
    /// S7 Read Var polling: COTP + Setup once, then two DB reads per cycle. An <paramref name="interjection"/>
    /// may use the same session between two polls (an operator's writes, or an attacker reusing it).
    /// </summary>
    public static IEnumerable<SimPacket> S7(SimulationContext context, PlantDevice client, PlantDevice plc, Func<long, long> interval,
        S7Interjection? interjection = null)
    {
        var random = context.Random($"s7-poll/{client.Name}/{plc.Name}");
        var tcp = context.Tcp(client, plc, 102, context.Start + random.Next(1, 3000) * SimTime.Millisecond, random);
        var s7 = new S7Client(tcp, random);
        foreach (var packet in s7.Connect(client.Role == DeviceRole.ScadaServer ? (ushort)0x0200 : (ushort)0x0300))
        {
            yield return packet;
        }
        S7Item[] items = [new(0x84, (ushort)random.Next(1, 40), 0, (ushort)random.Next(8, 64)), new(0x83, 0, random.Next(0, 100), 4)];
        while (true)
        {
            var next = tcp.Now + (long)random.Jitter(interval(tcp.Now), 0.05);
            foreach (var packet in interjection?.Invoke(s7, Math.Min(next, context.End)) ?? [])
            {
                yield return packet;
            }
            if (next >= context.End)
            {
                yield break;
            }
            tcp.WaitUntil(next);
            foreach (var packet in s7.Read(items))
            {
                yield return packet;
            }
        }
    }

    /// <summary>Modbus FC 3 polling of a register block on one connection.</summary>
    public static IEnumerable<SimPacket> Modbus(SimulationContext context, PlantDevice client, PlantDevice plc, Func<long, long> interval)
    {
        var random = context.Random($"mb-poll/{client.Name}/{plc.Name}");
        var tcp = context.Tcp(client, plc, 502, context.Start + random.Next(1, 3000) * SimTime.Millisecond, random);
        var modbus = new ModbusClient(tcp, random);
        foreach (var packet in modbus.Connect())
        {
            yield return packet;
        }
        var start = (ushort)(random.Next(0, 10) * 100);
        var count = (ushort)random.Next(8, 40);
        while (true)
        {
            var next = tcp.Now + (long)random.Jitter(interval(tcp.Now), 0.05);
            if (next >= context.End)
            {
                yield break;
            }
            tcp.WaitUntil(next);
            foreach (var packet in modbus.ReadHolding(start, count))
            {
                yield return packet;
            }
        }
    }
}
