using Vigil.Simulator.Packets;
using Vigil.Simulator.Plant;

namespace Vigil.Simulator.Behaviour;

/// <summary>
/// What every activity needs: the estate, the simulated time span, seeded randomness per activity, and
/// helpers that open TCP conversations and build UDP datagrams with realistic ports and latencies.
/// </summary>
public sealed class SimulationContext
{
    private readonly SimRandom _root;

    /// <summary>Creates the context for one run.</summary>
    public SimulationContext(PlantLayout plant, SimRandom root, long startNs, long endNs, long pollIntervalNs, NoisyEstate? noise = null)
    {
        Plant = plant;
        Noise = noise;
        _root = root;
        Start = startNs;
        End = endNs;
        PollInterval = pollIntervalNs;
    }

    /// <summary>The estate.</summary>
    public PlantLayout Plant { get; }

    /// <summary>The devices of the realistic benign noise, when the scenario runs on the noisy plant.</summary>
    public NoisyEstate? Noise { get; }

    /// <summary>First capture time (ns).</summary>
    public long Start { get; }

    /// <summary>Capture time at which every activity stops (ns).</summary>
    public long End { get; }

    /// <summary>Nominal SCADA polling interval (ns); the main volume knob.</summary>
    public long PollInterval { get; }

    /// <summary>An independent random stream for the activity named <paramref name="label"/>.</summary>
    public SimRandom Random(string label) => _root.Fork(label);

    /// <summary>A TCP conversation from an ephemeral client port, with the path's round-trip time.</summary>
    public TcpConversation Tcp(PlantDevice client, PlantDevice server, ushort port, long at, SimRandom random, ushort serverWindow = 8192) =>
        new(Plant.Frames, client.Address, EphemeralPort(random), server.Address, port, random, at, RoundTrip(client, server, random), serverWindow);

    /// <summary>One UDP datagram.</summary>
    public SimPacket Udp(PlantDevice from, PlantDevice to, ushort sourcePort, ushort destinationPort, ReadOnlySpan<byte> payload, long at, SimRandom random) =>
        new(at, Plant.Frames.Udp(from.Address, to.Address, (ushort)random.Next(65536), sourcePort, destinationPort, payload));

    /// <summary>An ICMP echo request (type 8) or reply (type 0) with a Windows-style 32-byte body.</summary>
    public SimPacket Echo(PlantDevice from, PlantDevice to, bool reply, ushort identifier, ushort sequence, long at, SimRandom random) =>
        new(at, Plant.Frames.Icmp(from.Address, to.Address, (ushort)random.Next(65536), reply ? (byte)0 : (byte)8, 0,
            ((uint)identifier << 16) | sequence, "abcdefghijklmnopqrstuvwabcdefghi"u8));

    /// <summary>A Windows-style dynamic port (49152–65535).</summary>
    public static ushort EphemeralPort(SimRandom random) => (ushort)random.Next(49152, 65536);

    /// <summary>Round-trip time: sub-millisecond inside a VLAN, about a millisecond routed, tens of ms to the internet.</summary>
    public static long RoundTrip(PlantDevice a, PlantDevice b, SimRandom random)
    {
        if (a.Address.IsExternal || b.Address.IsExternal)
        {
            return random.Next(18, 95) * SimTime.Millisecond + random.Next(1000) * 1000L;
        }
        return a.Address.Vlan == b.Address.Vlan ? random.Next(150, 400) * 1000L : random.Next(500, 1200) * 1000L;
    }

    /// <summary>Relative activity at a time of day: office hours on weekdays are busy, nights and weekends quiet.</summary>
    public static double WorkLoad(long timestampNs)
    {
        var hour = SimTime.HourOfDay(timestampNs);
        if (SimTime.IsWeekend(timestampNs))
        {
            return 0.05;
        }
        return hour switch
        {
            >= 8 and < 17 => 1.0,
            7 or 17 => 0.5,
            _ => 0.05,
        };
    }

    /// <summary>True during weekday office hours.</summary>
    public static bool IsWorkingHours(long timestampNs) => WorkLoad(timestampNs) >= 1.0;
}
