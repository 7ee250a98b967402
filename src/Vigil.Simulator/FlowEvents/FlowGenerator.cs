using Vigil.Capture.Decoding;

namespace Vigil.Simulator.FlowEvents;

/// <summary>
/// Generates connection summaries directly, without packets, for estates of hundreds of thousands of
/// devices: streamed, allocation-free per flow, millions per second, deterministic per seed. Each /24
/// holds 250 devices: IT subnets of workstations plus a server at .1, ICS subnets of a SCADA server at .1
/// polling PLCs. The mix: DNS, HTTPS to the internet, SMB, NTP, S7 and Modbus polling, a few failures.
/// </summary>
public static class FlowGenerator
{
    private const int DevicesPerSubnet = 250;
    private const string Normal = "SF";
    private const string NoReply = "S0";
    private const string Rejected = "REJ";

    /// <summary>The flows, in time order.</summary>
    public static IEnumerable<SimulatedFlow> Generate(FlowGeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.DeviceCount, 2);
        var random = new SimRandom(options.Seed);
        var subnets = (options.DeviceCount + DevicesPerSubnet - 1) / DevicesPerSubnet;
        var icsEvery = options.IcsFraction <= 0 ? int.MaxValue : Math.Max(1, (int)Math.Round(1 / options.IcsFraction));
        var meanGapNs = 1e9 / options.FlowsPerSecond;
        double t = SimTime.FromDateTime(options.Start);
        for (long i = 0; i < options.FlowCount; i++)
        {
            t += random.Exponential(meanGapNs);
            var subnet = random.Next(subnets);
            var hostsHere = Math.Min(DevicesPerSubnet, options.DeviceCount - subnet * DevicesPerSubnet);
            var host = random.Next(1, hostsHere + 1);
            var isIcs = subnet % icsEvery == icsEvery - 1;
            yield return isIcs ? Ics(random, (long)t, subnet, host, hostsHere) : It(random, (long)t, subnet, host, hostsHere);
        }
    }

    /// <summary>The address of host <paramref name="host"/> (1–250) in subnet <paramref name="subnet"/>.</summary>
    public static NetAddress Address(int subnet, int host) => NetAddress.FromIPv4((10u << 24) | ((uint)subnet << 8) | (uint)host);

    private static ushort Vlan(int subnet) => (ushort)(subnet % 4000 + 10);

    private static SimulatedFlow It(SimRandom random, long t, int subnet, int host, int hostsHere)
    {
        var source = Address(subnet, host);
        var server = Address(subnet, 1);
        var port = (ushort)random.Next(49152, 65536);
        var roll = random.Next(100);
        return roll switch
        {
            < 40 => new(t, source, server, port, 53, TransportProtocol.Udp, Vlan(subnet), random.Next(30, 60), random.Next(50, 200), 2, Normal, "dns"),
            < 70 => new(t, source, External(random), port, 443, TransportProtocol.Tcp, Vlan(subnet), random.Next(800, 20_000), random.Next(2_000, 2_000_000), random.Next(10, 400), Normal, "ssl"),
            < 85 => new(t, source, server, port, 445, TransportProtocol.Tcp, Vlan(subnet), random.Next(500, 100_000), random.Next(500, 5_000_000), random.Next(8, 900), Normal, "smb"),
            < 95 => new(t, source, server, 123, 123, TransportProtocol.Udp, Vlan(subnet), 48, 48, 2, Normal, "ntp"),
            < 98 => new(t, source, Address(subnet, random.Next(1, hostsHere + 1)), port, 135, TransportProtocol.Tcp, Vlan(subnet), 0, 0, 2, Rejected, ""),
            _ => new(t, source, Address(subnet, random.Next(1, hostsHere + 1)), port, 445, TransportProtocol.Tcp, Vlan(subnet), 0, 0, 1, NoReply, ""),
        };
    }

    private static SimulatedFlow Ics(SimRandom random, long t, int subnet, int host, int hostsHere)
    {
        var scada = Address(subnet, 1);
        var plc = Address(subnet, Math.Max(2, random.Next(2, hostsHere + 1)));
        var port = (ushort)random.Next(49152, 65536);
        var polls = random.Next(10, 120);
        return (host % 2 == 0)
            ? new(t, scada, plc, port, 102, TransportProtocol.Tcp, Vlan(subnet), polls * 37L, polls * 59L, polls * 3, Normal, "s7comm")
            : new(t, scada, plc, port, 502, TransportProtocol.Tcp, Vlan(subnet), polls * 12L, polls * 29L, polls * 3, Normal, "modbus");
    }

    private static NetAddress External(SimRandom random) =>
        NetAddress.FromIPv4((random.Next(2) == 0 ? 0xC6336400u : 0xCB007100u) | (uint)random.Next(1, 255)); // 198.51.100.0/24, 203.0.113.0/24
}
