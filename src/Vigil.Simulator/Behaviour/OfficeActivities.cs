using Vigil.Simulator.Packets;
using Vigil.Simulator.Plant;
using Vigil.Simulator.Protocols;

namespace Vigil.Simulator.Behaviour;

/// <summary>
/// Ordinary Windows-network chatter following the working day: DNS to the DC, HTTPS with SNI to a few
/// internet sites, SMB to the file server, NTP to the DC (and from the DC to the internet).
/// </summary>
public static class OfficeActivities
{
    /// <summary>One DNS query to the DC and its answer.</summary>
    public static IReadOnlyList<SimPacket> Lookup(SimulationContext context, PlantDevice client, string name, long at, SimRandom random)
    {
        var dc = context.Plant.DomainController;
        var id = (ushort)random.Next(65536);
        var port = SimulationContext.EphemeralPort(random);
        return
        [
            context.Udp(client, dc, port, 53, DnsEncoder.Query(id, name), at, random),
            context.Udp(dc, client, 53, port, DnsEncoder.Response(id, name, Resolve(context.Plant, name)), at + random.Next(200, 2500) * 1000L, random),
        ];
    }

    /// <summary>Background name lookups of internal servers and sites.</summary>
    public static IEnumerable<SimPacket> Dns(SimulationContext context, PlantDevice client, double meanSeconds)
    {
        var random = context.Random($"dns/{client.Name}");
        var plant = context.Plant;
        var names = new List<string> { plant.Fqdn(plant.DomainController), plant.Fqdn(plant.FileServer), $"_ldap._tcp.{plant.Domain}" };
        names.AddRange(plant.Sites.Select(s => s.HostName));
        return Schedule.Sessions(Schedule.Poisson(random, context.Start, context.End, meanSeconds, SimulationContext.WorkLoad),
            t => Lookup(context, client, random.Pick(names), t, random));
    }

    /// <summary>HTTPS browsing: resolve, connect, TLS with SNI and a CA-issued chain, a few exchanges, close.</summary>
    public static IEnumerable<SimPacket> Web(SimulationContext context, PlantDevice client, double meanSeconds)
    {
        var random = context.Random($"web/{client.Name}");
        return Schedule.Sessions(Schedule.Poisson(random, context.Start, context.End, meanSeconds, t => SimulationContext.IsWorkingHours(t) ? 1.0 : 0.02),
            t => WebSession(context, client, random.Pick(context.Plant.Sites), t, random));
    }

    /// <summary>One HTTPS visit to <paramref name="site"/> starting at <paramref name="at"/>.</summary>
    public static IReadOnlyList<SimPacket> WebSession(SimulationContext context, PlantDevice client, ExternalSite site, long at, SimRandom random)
    {
        var packets = new List<SimPacket>(Lookup(context, client, site.HostName, at, random));
        var tcp = context.Tcp(client, site.Server, 443, packets[^1].TimestampNs + random.Next(1, 5) * SimTime.Millisecond, random, 64240);
        packets.AddRange(tcp.Connect());
        packets.AddRange(TlsSession.Handshake(tcp, random, site.HostName, site.CertificateChain, random.Next(5, 40) * SimTime.Millisecond));
        for (var i = random.Next(1, 6); i > 0; i--)
        {
            tcp.Wait(random.Next(20, 3000) * SimTime.Millisecond);
            packets.AddRange(TlsSession.Exchange(tcp, random, random.Next(300, 1500), random.Next(800, 60000), random.Next(10, 120) * SimTime.Millisecond));
        }
        tcp.Wait(random.Next(1, 15) * SimTime.Second);
        packets.AddRange(tcp.Close());
        return packets;
    }

    /// <summary>SMB2 to the file server: negotiate, keep-alive echoes, close.</summary>
    public static IEnumerable<SimPacket> Smb(SimulationContext context, PlantDevice client, double meanSeconds)
    {
        var random = context.Random($"smb/{client.Name}");
        var server = context.Plant.FileServer;
        var serverGuid = context.Random($"smb-guid/{server.Name}").Bytes(16);
        return Schedule.Sessions(Schedule.Poisson(random, context.Start, context.End, meanSeconds, SimulationContext.WorkLoad), t =>
        {
            var tcp = context.Tcp(client, server, 445, t, random, 64240);
            var packets = new List<SimPacket>(tcp.Connect());
            packets.AddRange(tcp.Exchange(Smb2Encoder.NegotiateRequest(0, random.Bytes(16)), Smb2Encoder.NegotiateResponse(0, serverGuid, tcp.Now), SimTime.Millisecond));
            for (ulong id = 1; id <= (ulong)random.Next(1, 5); id++)
            {
                tcp.Wait(random.Next(1, 30) * SimTime.Second);
                packets.AddRange(tcp.Exchange(Smb2Encoder.Echo(id, false), Smb2Encoder.Echo(id, true), 300_000));
            }
            packets.AddRange(tcp.Close());
            return packets;
        });
    }

    /// <summary>NTP from <paramref name="client"/> to <paramref name="server"/> roughly every <paramref name="periodSeconds"/>.</summary>
    public static IEnumerable<SimPacket> Ntp(SimulationContext context, PlantDevice client, PlantDevice server, double periodSeconds)
    {
        var random = context.Random($"ntp/{client.Name}");
        var rtt = SimulationContext.RoundTrip(client, server, random);
        return Schedule.Sessions(Schedule.Periodic(random, context.Start, context.End, SimTime.FromSeconds(periodSeconds), 0.1), t => (IReadOnlyList<SimPacket>)
        [
            context.Udp(client, server, 123, 123, NtpEncoder.ClientRequest(t), t, random),
            context.Udp(server, client, 123, 123, NtpEncoder.ServerReply(t, t + rtt, server.Address.IsExternal ? (byte)2 : (byte)3, 0xC6336401), t + rtt, random),
        ]);
    }

    private static uint? Resolve(PlantLayout plant, string name)
    {
        foreach (var site in plant.Sites)
        {
            if (site.HostName == name)
            {
                return site.Server.Address.Ip;
            }
        }
        foreach (var device in plant.Devices)
        {
            if (plant.Fqdn(device) == name)
            {
                return device.Address.Ip;
            }
        }
        return null;
    }
}
