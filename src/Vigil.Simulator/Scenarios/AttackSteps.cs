using Vigil.Capture.Decoding;
using Vigil.Simulator.Behaviour;
using Vigil.Simulator.Packets;
using Vigil.Simulator.Plant;
using Vigil.Simulator.Protocols;

namespace Vigil.Simulator.Scenarios;

/// <summary>The attacker's building blocks, shared by the attack scenarios.</summary>
public static class AttackSteps
{
    /// <summary>
    /// A SYN scan of <paramref name="ports"/> over every host of a /24, one probe per <paramref name="spacingNs"/>
    /// in shuffled order: open ports answer SYN/ACK (and are reset), closed ones RST, absent hosts nothing.
    /// </summary>
    public static IEnumerable<SimPacket> Scan(SimulationContext context, PlantDevice attacker, uint subnet, ushort vlan,
        IReadOnlyList<ushort> ports, long start, long spacingNs, SimRandom random)
    {
        var probes = Enumerable.Range(1, 254).SelectMany(h => ports.Select(p => (Ip: subnet | (uint)h, Port: p))).ToArray();
        for (var i = probes.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (probes[i], probes[j]) = (probes[j], probes[i]);
        }
        // Jitter stays below the spacing, so probes remain in start order for the lazy merge.
        return PacketStreams.MergeByStart(probes.Select((probe, i) =>
            Probe(context, attacker, probe.Ip, vlan, probe.Port, start + i * spacingNs + (long)(random.NextDouble() * spacingNs / 2), random)));
    }

    /// <summary>Repeated connection attempts to internet hosts on an ICS port; most time out, some are refused.</summary>
    public static IEnumerable<SimPacket> ExternalAttempts(SimulationContext context, PlantDevice attacker, IReadOnlyList<PlantDevice> targets,
        ushort port, long start, long spacingNs, int attemptsPerTarget, SimRandom random)
    {
        var times = Enumerable.Range(0, targets.Count * attemptsPerTarget).Select(i => start + i * spacingNs);
        return Schedule.Sessions(times, t =>
        {
            var target = random.Pick(targets);
            var tcp = context.Tcp(attacker, target, port, t, random);
            return random.Chance(0.8) ? tcp.Unanswered(2) : tcp.Refused();
        });
    }

    /// <summary>Call-home beacons: TLS without SNI to servers presenting self-signed certificates.</summary>
    public static IEnumerable<SimPacket> Beacons(SimulationContext context, PlantDevice attacker, IReadOnlyList<(PlantDevice Server, IReadOnlyList<byte[]> Chain)> servers,
        long start, long end, double meanSeconds, SimRandom random)
    {
        var first = servers.Select((_, i) => start + i * 45 * SimTime.Second);
        var later = Schedule.Poisson(random, start + servers.Count * 45 * SimTime.Second, end, meanSeconds, _ => 1.0);
        var index = 0;
        return Schedule.Sessions(first.Concat(later), t =>
        {
            var (server, chain) = servers[index++ % servers.Count];
            var tcp = context.Tcp(attacker, server, 443, t, random, 64240);
            var packets = new List<SimPacket>(tcp.Connect());
            packets.AddRange(TlsSession.Handshake(tcp, random, null, chain, random.Next(10, 60) * SimTime.Millisecond));
            for (var i = random.Next(1, 4); i > 0; i--)
            {
                tcp.Wait(random.Next(200, 4000) * SimTime.Millisecond);
                packets.AddRange(TlsSession.Exchange(tcp, random, random.Next(200, 4000), random.Next(100, 2000), random.Next(20, 200) * SimTime.Millisecond));
            }
            packets.AddRange(tcp.Close());
            return packets;
        });
    }

    /// <summary>C2 servers in 203.0.113.0/24 with OpenSSL-default self-signed certificates.</summary>
    public static IReadOnlyList<(PlantDevice Server, IReadOnlyList<byte[]> Chain)> CommandServers(SimulationContext context, int count, SimRandom random)
    {
        var start = SimTime.ToDateTime(context.Start);
        return Enumerable.Range(0, count).Select(i =>
        {
            var ip = $"203.0.113.{random.Next(2, 250)}";
            var name = new DistinguishedName("AU", "Internet Widgits Pty Ltd", ip);
            var spec = new CertificateSpec(name, name, start.AddDays(-random.Next(1, 20)), start.AddDays(365), [], false);
            return (PlantLayout.External($"c2-{i + 1}", ip, (byte)random.Next(44, 56)), (IReadOnlyList<byte[]>)[X509Builder.Build(spec, random)]);
        }).ToList();
    }

    /// <summary>An RDP session as administrator that uploads <paramref name="uploadBytes"/> after a few minutes of use.</summary>
    public static IEnumerable<SimPacket> RdpUpload(SimulationContext context, PlantDevice attacker, PlantDevice server, long start,
        long uploadAt, long uploadBytes, double bytesPerSecond, long end, SimRandom random)
    {
        var tcp = context.Tcp(attacker, server, 3389, start, random, 64240);
        foreach (var packet in RdpSession.Open(tcp, random, "administrator", EngineeringActivities.ScadaRdpChain(context)))
        {
            yield return packet;
        }
        foreach (var packet in RdpSession.Interact(tcp, random, uploadAt))
        {
            yield return packet;
        }
        foreach (var packet in tcp.Transfer(true, TlsSession.Records(random, uploadBytes, TlsEncoder.SegmentSizedFragment), bytesPerSecond))
        {
            yield return packet;
        }
        foreach (var packet in RdpSession.Interact(tcp, random, end))
        {
            yield return packet;
        }
        foreach (var packet in tcp.Close())
        {
            yield return packet;
        }
    }

    private static IReadOnlyList<SimPacket> Probe(SimulationContext context, PlantDevice attacker, uint ip, ushort vlan, ushort port, long at, SimRandom random)
    {
        var target = context.Plant.Devices.FirstOrDefault(d => d.Address.Ip == ip)
            ?? new PlantDevice("absent", DeviceRole.ExternalServer, new HostAddress(ip, MacAddress.None, vlan, 64, false), "none");
        var tcp = context.Tcp(attacker, target, port, at, random);
        if (target.Name == "absent")
        {
            return tcp.Unanswered(1);
        }
        var open = (target.Role == DeviceRole.S7Plc && port == 102) || (target.Role == DeviceRole.ModbusPlc && port == 502);
        return open ? tcp.HalfOpen() : tcp.Refused();
    }
}
