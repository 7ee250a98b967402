using Vigil.Simulator.Labels;
using Vigil.Simulator.Packets;
using Vigil.Simulator.Plant;
using Vigil.Simulator.Protocols;
using Vigil.Simulator.Scenarios;

namespace Vigil.Simulator.Behaviour;

/// <summary>
/// The recurring benign behaviour of a real estate that a naive model takes for an attack (issue 13):
/// monitoring polls, an offline printer a workstation keeps retrying, a decommissioned server still
/// tried, nightly backups and a weekly vulnerability scan with a short discovery sweep every weekday.
/// Every occurrence is labelled <see cref="StepLabel.BenignNoiseKind"/>: an alert on it is a false alert.
/// The daily events repeat at the time of day they first happen, an hour or two after the capture
/// starts, so the learning period holds one of each.
/// </summary>
public static class BenignNoise
{
    /// <summary>The monitoring round: every few minutes.</summary>
    public static readonly TimeSpan PollPeriod = TimeSpan.FromMinutes(5);

    /// <summary>Ports the discovery sweep probes on every live IT host.</summary>
    public static readonly IReadOnlyList<ushort> SweepPorts = [22, 445, 3389];

    /// <summary>Ports of the weekly full scan (a short "top ports" list).</summary>
    public static readonly IReadOnlyList<ushort> FullScanPorts =
    [
        21, 22, 23, 25, 53, 80, 88, 110, 111, 135, 139, 143, 389, 443, 445, 464, 515, 587, 631, 636, 993, 995,
        1433, 1521, 1723, 2049, 2500, 3268, 3306, 3389, 5060, 5432, 5900, 5985, 8000, 8080, 8443, 9100, 10000,
    ];

    private const ushort PrinterPort = 9100;
    private const ushort BackupPort = 2500;
    private const ushort SqlPort = 1433;
    private static readonly long Day = SimTime.FromTimeSpan(TimeSpan.FromDays(1));

    /// <summary>
    /// The noise sources and their labels. Call it before the scenario adds its own devices: the polled and
    /// scanned devices are the estate as it stands.
    /// </summary>
    public static ScenarioPlan Activities(SimulationContext context)
    {
        var noise = context.Noise ?? throw new InvalidOperationException("The scenario does not run on the noisy plant.");
        var random = context.Random("noise");
        var plant = context.Plant;
        var estate = plant.Devices.ToList();
        var outages = PrinterOutages(context, random.Fork("printer-outages"));
        var stuck = random.Pick(plant.Workstations);
        var sources = new List<IEnumerable<SimPacket>>
        {
            Monitoring(context, noise, estate, outages, random.Fork("monitoring")),
            Printing(context, noise.Printer, outages, random.Fork("printing")),
            Decommissioned(context, plant.Historian, noise.Decommissioned, random.Fork("decommissioned")),
        };
        var steps = new List<StepLabel>
        {
            Label("monitoring_polls", context.Start, context.End, noise.Monitor, estate.Where(d => d != noise.Monitor),
                "The monitoring server pings every device and reads servers' uptime over SNMP every five minutes."),
            Label("decommissioned_server", context.Start, context.End, plant.Historian, [noise.Decommissioned],
                "The historian still tries to reach the decommissioned SQL server on 1433; nothing answers."),
        };
        foreach (var (from, to) in outages)
        {
            sources.Add(PrinterRetries(context, stuck, noise.Printer, from, to, random.Fork($"retries/{from}")));
            steps.Add(Label("offline_printer", from, to, stuck, [noise.Printer],
                "The printer is offline; a workstation's spooler keeps retrying its job (9100 SYNs, retransmitted, unanswered)."));
        }
        PlantDevice[] backedUp = [plant.FileServer, plant.DomainController, plant.Historian];
        var nights = Daily(context, TimeSpan.FromMinutes(60), random.Fork("backup-times"), 10 * SimTime.Minute);
        for (var day = 0; day < nights.Count; day++)
        {
            for (var k = 0; k < backedUp.Length && nights[day] + k * 10 * SimTime.Minute < context.End; k++)
            {
                var at = nights[day] + k * 10 * SimTime.Minute;
                sources.Add(Backup(context, backedUp[k], noise.Backup, at, k, random.Fork($"backup/{day}/{k}")));
                steps.Add(Label("nightly_backup", at, at + 10 * SimTime.Minute, backedUp[k], [noise.Backup],
                    "Scheduled nightly backup: tens of megabytes sent to the backup server."));
            }
        }
        var scans = Daily(context, TimeSpan.FromMinutes(100), random.Fork("scan-times"), 8 * SimTime.Minute);
        var itDevices = estate.Where(d => d.Address.Vlan == plant.ItVlan && d != noise.Scanner).ToList();
        for (var day = 0; day < scans.Count; day++)
        {
            var full = day % 7 == 0;
            if (!full && SimTime.IsWeekend(scans[day]))
            {
                continue;
            }
            sources.Add(Scan(context, noise.Scanner, itDevices, outages, full ? FullScanPorts : SweepPorts, scans[day], random.Fork($"scan/{day}")));
            steps.Add(Label(full ? "vulnerability_scan" : "discovery_sweep", scans[day], scans[day] + 10 * SimTime.Minute, noise.Scanner, itDevices,
                full
                    ? "The weekly vulnerability scan: ARP and ping sweep of the IT subnet, then SYN probes of common ports on every live host."
                    : "The weekday discovery sweep: ARP, ping and SYN to 22/445/3389 across the IT subnet, at the hour of the weekly scan."));
        }
        return new ScenarioPlan(sources, steps);
    }

    /// <summary>True when the printer is switched off at <paramref name="t"/>.</summary>
    public static bool Offline(IReadOnlyList<(long From, long To)> outages, long t) => outages.Any(o => t >= o.From && t < o.To);

    /// <summary>One time a day at about <paramref name="offset"/> after the capture's start time of day, ± <paramref name="jitterNs"/>.</summary>
    private static List<long> Daily(SimulationContext context, TimeSpan offset, SimRandom random, long jitterNs)
    {
        var times = new List<long>();
        for (var day = context.Start + SimTime.FromTimeSpan(offset); day < context.End; day += Day)
        {
            times.Add(day + (long)((random.NextDouble() * 2 - 1) * jitterNs));
        }
        return times;
    }

    private static List<(long From, long To)> PrinterOutages(SimulationContext context, SimRandom random) =>
        Daily(context, TimeSpan.FromMinutes(30), random, 5 * SimTime.Minute)
            .Select(from => (from, Math.Min(context.End, from + random.Next(180, 300) * SimTime.Minute))).ToList();

    private static StepLabel Label(string name, long from, long to, PlantDevice actor, IEnumerable<PlantDevice> targets, string description) =>
        new(name, StepLabel.BenignNoiseKind, SimTime.ToDateTime(from), SimTime.ToDateTime(to), actor.Ip,
            targets.Select(t => t.Ip).Distinct().ToList(), [], description);

    /// <summary>
    /// Every <see cref="PollPeriod"/>: an echo request to every device (answered unless it is the printer while
    /// offline), an SNMP uptime read of the servers and the printer, and an ARP request for the decommissioned
    /// server, which is in the monitor's own VLAN and so never gets as far as an IP packet.
    /// </summary>
    private static IEnumerable<SimPacket> Monitoring(SimulationContext context, NoisyEstate noise, IReadOnlyList<PlantDevice> estate,
        IReadOnlyList<(long From, long To)> outages, SimRandom random)
    {
        var plant = context.Plant;
        var monitor = noise.Monitor;
        var pinged = estate.Where(d => d != monitor).ToList();
        var snmp = new[] { plant.DomainController, plant.FileServer, plant.JumpHost, plant.Scada, plant.Historian, plant.Engineering, noise.Backup, noise.Printer };
        ushort sequence = 0;
        var requestId = random.Next(1, 1 << 20);
        return Schedule.Sessions(Schedule.Periodic(random, context.Start, context.End, SimTime.FromTimeSpan(PollPeriod), 0.02), t =>
        {
            var packets = new List<SimPacket>();
            var at = t;
            foreach (var device in pinged)
            {
                var rtt = SimulationContext.RoundTrip(monitor, device, random);
                sequence++;
                packets.Add(context.Echo(monitor, device, false, 1, sequence, at, random));
                if (!(device == noise.Printer && Offline(outages, at)))
                {
                    packets.Add(context.Echo(device, monitor, true, 1, sequence, at + rtt, random));
                }
                at += 20 * SimTime.Millisecond;
            }
            foreach (var device in snmp)
            {
                var rtt = SimulationContext.RoundTrip(monitor, device, random);
                var port = SimulationContext.EphemeralPort(random);
                var id = requestId++;
                packets.Add(context.Udp(monitor, device, port, 161, SnmpEncoder.GetRequest(id, "public", SnmpEncoder.SysUpTime), at, random));
                if (!(device == noise.Printer && Offline(outages, at)))
                {
                    var uptime = (uint)((at - context.Start) / (10 * SimTime.Millisecond) + 8_640_000);
                    packets.Add(context.Udp(device, monitor, 161, port, SnmpEncoder.UptimeResponse(id, "public", SnmpEncoder.SysUpTime, uptime),
                        at + rtt + random.Next(1, 4) * SimTime.Millisecond, random));
                }
                at += 20 * SimTime.Millisecond;
            }
            for (var i = 0; i < 3; i++)
            {
                packets.Add(new SimPacket(at + i * SimTime.Second, FrameFactory.Arp(monitor.Address, noise.Decommissioned.Address.Ip, null)));
            }
            return packets.OrderBy(p => p.TimestampNs).ToList();
        });
    }

    /// <summary>Print jobs from the workstations in working hours while the printer is on.</summary>
    private static IEnumerable<SimPacket> Printing(SimulationContext context, PlantDevice printer, IReadOnlyList<(long From, long To)> outages, SimRandom random)
    {
        var workstations = context.Plant.Workstations;
        var jobs = Schedule.Poisson(random, context.Start, context.End, 1200, t => SimulationContext.IsWorkingHours(t) && !Offline(outages, t) ? 1.0 : 0.0);
        return Schedule.Sessions(jobs, t => PrintJob(context, random.Pick(workstations), printer, t, random));
    }

    private static IEnumerable<SimPacket> PrintJob(SimulationContext context, PlantDevice workstation, PlantDevice printer, long at, SimRandom random)
    {
        var tcp = context.Tcp(workstation, printer, PrinterPort, at, random, 64240);
        foreach (var packet in tcp.Connect())
        {
            yield return packet;
        }
        var job = new ByteWriter(64).U8(0x1B).Ascii("%-12345X@PJL JOB NAME=\"Document\"\r\n").ToArray();
        foreach (var packet in tcp.Transfer(true, [job, random.Bytes(random.Next(20_000, 400_000))], 1_000_000))
        {
            yield return packet;
        }
        foreach (var packet in tcp.Close())
        {
            yield return packet;
        }
    }

    /// <summary>The stuck job: a SYN about every minute, retransmitted twice, never answered.</summary>
    private static IEnumerable<SimPacket> PrinterRetries(SimulationContext context, PlantDevice workstation, PlantDevice printer, long from, long to, SimRandom random) =>
        Schedule.Sessions(Schedule.Periodic(random, from, to, SimTime.Minute, 0.2),
            t => context.Tcp(workstation, printer, PrinterPort, t, random).Unanswered(2));

    /// <summary>The historian's forgotten SQL push to a server that is gone: every ten minutes, SYN and two retransmissions.</summary>
    private static IEnumerable<SimPacket> Decommissioned(SimulationContext context, PlantDevice client, PlantDevice gone, SimRandom random) =>
        Schedule.Sessions(Schedule.Periodic(random, context.Start, context.End, 10 * SimTime.Minute, 0.1),
            t => context.Tcp(client, gone, SqlPort, t, random).Unanswered(2));

    /// <summary>One backup: the agent connects to the backup server, says hello, streams tens of megabytes, closes.</summary>
    private static IEnumerable<SimPacket> Backup(SimulationContext context, PlantDevice source, PlantDevice server, long at, int index, SimRandom random)
    {
        var megabytes = index switch { 0 => random.Next(30, 60), 1 => random.Next(8, 16), _ => random.Next(10, 25) };
        var tcp = context.Tcp(source, server, BackupPort, at, random, 64240);
        foreach (var packet in tcp.Connect())
        {
            yield return packet;
        }
        foreach (var packet in tcp.Exchange(random.Bytes(random.Next(200, 400)), random.Bytes(random.Next(100, 300)), 2 * SimTime.Millisecond))
        {
            yield return packet;
        }
        // One random megabyte repeated: the bytes do not matter, the volume and its schedule do.
        var chunk = random.Bytes(1 << 20);
        foreach (var packet in tcp.Transfer(true, Enumerable.Repeat(chunk, megabytes), 12_000_000))
        {
            yield return packet;
        }
        foreach (var packet in tcp.Close())
        {
            yield return packet;
        }
    }

    /// <summary>
    /// ARP for every address of the IT /24 (live hosts answer), then for each live host an echo request and a
    /// SYN per port: open ports answer SYN/ACK and are reset (half-open), closed ones RST.
    /// </summary>
    private static IEnumerable<SimPacket> Scan(SimulationContext context, PlantDevice scanner, IReadOnlyList<PlantDevice> hosts,
        IReadOnlyList<(long From, long To)> outages, IReadOnlyList<ushort> ports, long start, SimRandom random)
    {
        var plant = context.Plant;
        var live = hosts.Where(h => !(h.Role == DeviceRole.Printer && Offline(outages, start))).ToList();
        var packets = new List<SimPacket>();
        var t = start;
        for (var host = 1; host < 255; host++)
        {
            var ip = plant.ItSubnet | (uint)host;
            if (ip == scanner.Address.Ip)
            {
                continue;
            }
            packets.Add(new SimPacket(t, FrameFactory.Arp(scanner.Address, ip, null)));
            if (live.FirstOrDefault(h => h.Address.Ip == ip) is { } answering)
            {
                packets.Add(new SimPacket(t + random.Next(100, 400) * 1000L, FrameFactory.Arp(answering.Address, scanner.Address.Ip, scanner.Address)));
            }
            t += 4 * SimTime.Millisecond;
        }
        ushort sequence = 0;
        foreach (var host in live)
        {
            t += 30 * SimTime.Millisecond;
            var rtt = SimulationContext.RoundTrip(scanner, host, random);
            sequence++;
            packets.Add(context.Echo(scanner, host, false, 0x5CA1, sequence, t, random));
            packets.Add(context.Echo(host, scanner, true, 0x5CA1, sequence, t + rtt, random));
            foreach (var port in ports)
            {
                t += 15 * SimTime.Millisecond;
                var tcp = context.Tcp(scanner, host, port, t, random);
                packets.AddRange(Listens(host, port) ? tcp.HalfOpen() : tcp.Refused());
            }
        }
        return packets.OrderBy(p => p.TimestampNs).ToList();
    }

    /// <summary>The services each kind of device offers, as the scanner finds them.</summary>
    private static bool Listens(PlantDevice host, ushort port) => host.Role switch
    {
        DeviceRole.DomainController => port is 53 or 88 or 135 or 139 or 389 or 445 or 464 or 636 or 3268 or 3389,
        DeviceRole.FileServer or DeviceRole.JumpHost => port is 135 or 139 or 445 or 3389,
        DeviceRole.Workstation => port is 135 or 139 or 445,
        DeviceRole.BackupServer => port is 135 or 139 or 445 or 3389 or BackupPort,
        DeviceRole.Printer => port is 80 or 443 or 515 or 631 or PrinterPort,
        DeviceRole.MonitoringServer => port is 22 or 80 or 443,
        _ => false,
    };
}
