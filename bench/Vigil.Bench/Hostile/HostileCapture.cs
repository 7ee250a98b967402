using System.Buffers.Binary;
using Vigil.Capture.Decoding;
using Vigil.Capture.Files;
using Vigil.Simulator.Packets;

namespace Vigil.Bench.Hostile;

/// <summary>
/// Writes the hostile captures of <c>bench/hostile.sh</c>: a normal capture (the base) with an attacker's traffic
/// merged into it in time order, starting <see cref="FloodStart"/> after the base's first packet. The attacker
/// aims at the first Modbus server the base shows (the first SYN-ACK from tcp/502), from that server's own
/// segment, so every packet looks internal. Deterministic: the same base gives the same file.
/// </summary>
public static class HostileCapture
{
    /// <summary>The kinds of hostile traffic, by command-line name.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["syn-flood", "port-scan", "fragments", "tcp-gap", "corrupt"];

    /// <summary>When the hostile traffic starts, after the base's first packet: the learning window of the bench.</summary>
    public static readonly TimeSpan FloodStart = TimeSpan.FromMinutes(10);

    private const long Microsecond = 1_000;

    /// <summary>Writes <paramref name="kind"/> over <paramref name="basePath"/> into <paramref name="outPath"/>; returns the exit code.</summary>
    public static int Write(string kind, string basePath, string outPath, int count)
    {
        if (kind == "corrupt")
        {
            return Corrupt(basePath, outPath);
        }
        var target = FindTarget(basePath);
        if (target is null)
        {
            Console.Error.WriteLine($"bench: {basePath} has no Modbus server (no SYN-ACK from tcp/502) to aim at");
            return 1;
        }
        var (server, attackerMac, start) = target.Value;
        var factory = new FrameFactory(attackerMac);
        var attack = kind switch
        {
            "syn-flood" => SynFlood(factory, server, attackerMac, start, count),
            "port-scan" => PortScan(factory, server, attackerMac, start),
            "fragments" => Fragments(factory, server, attackerMac, start, count),
            "tcp-gap" => TcpGap(factory, server, attackerMac, start, count),
            _ => null,
        };
        if (attack is null)
        {
            Console.Error.WriteLine($"bench: unknown kind '{kind}' (one of {string.Join(", ", Kinds)})");
            return 2;
        }
        var written = Merge(basePath, outPath, attack);
        Console.WriteLine($"{outPath}: {written:N0} packets ({kind} at {server.IpText})");
        return 0;
    }

    /// <summary>The first Modbus server of the base, the MAC of the host it answered, and when the attack starts.</summary>
    private static (HostAddress Server, MacAddress AttackerMac, long StartNs)? FindTarget(string basePath)
    {
        using var reader = CaptureFileReader.Open(basePath);
        long first = -1;
        while (reader.TryRead(out var frame))
        {
            if (first < 0)
            {
                first = frame.TimestampNs;
            }
            if (PacketDecoder.Decode(frame, out var packet) != DecodeStatus.Ok || packet.Protocol != TransportProtocol.Tcp
                || packet.SrcPort != 502 || !packet.Src.IsIPv4 || packet.TcpFlags != (TcpFlags.Syn | TcpFlags.Ack))
            {
                continue;
            }
            var server = new HostAddress(packet.Src.V4, packet.SrcMac, packet.Vlan, packet.Ttl, IsExternal: false);
            return (server, packet.DstMac, first + (long)(FloodStart.TotalMilliseconds * 1_000_000));
        }
        return null;
    }

    /// <summary>
    /// SYNs to the server's tcp/502 from random spoofed 10.x.y.z sources (one switch port: the attacker's MAC),
    /// 20,000 a second, each answered by a SYN-ACK that is never completed.
    /// </summary>
    private static IEnumerable<(long, byte[])> SynFlood(FrameFactory factory, HostAddress server, MacAddress attackerMac, long start, int count)
    {
        var random = new Random(17);
        for (var i = 0; i < count; i++)
        {
            var t = start + i * 50 * Microsecond;
            var spoofed = new HostAddress((10u << 24) | (uint)random.Next(1, 1 << 24), attackerMac, server.Vlan, 64, IsExternal: false);
            var port = (ushort)random.Next(1024, 65536);
            var seq = (uint)random.Next();
            yield return (t, factory.Tcp(spoofed, server, (ushort)i, port, 502, seq, 0, TcpFlags.Syn, 64240, [], []));
            yield return (t + 20 * Microsecond, factory.Tcp(server, spoofed, (ushort)i, 502, port, (uint)random.Next(), seq + 1,
                TcpFlags.Syn | TcpFlags.Ack, 8192, [], []));
        }
    }

    /// <summary>
    /// One new host of the server's /24 scans fast: all 65,535 ports of the server (closed ones answer RST, 502
    /// answers SYN-ACK and is reset), then eight ICS and admin ports on every address of the server's /16.
    /// </summary>
    private static IEnumerable<(long, byte[])> PortScan(FrameFactory factory, HostAddress server, MacAddress attackerMac, long start)
    {
        var scanner = new HostAddress((server.Ip & 0xFFFFFF00) | 0xFE, new MacAddress(0x02_00_5E_00_00_FEUL), server.Vlan, 64, IsExternal: false);
        var t = start;
        for (var port = 1; port <= 65535; port++, t += 10 * Microsecond)
        {
            yield return (t, factory.Tcp(scanner, server, (ushort)port, 40000, (ushort)port, (uint)port, 0, TcpFlags.Syn, 1024, [], []));
            var answer = port == 502 ? TcpFlags.Syn | TcpFlags.Ack : TcpFlags.Rst | TcpFlags.Ack;
            yield return (t + 5 * Microsecond, factory.Tcp(server, scanner, (ushort)port, (ushort)port, 40000, 7, (uint)port + 1, answer, 0, [], []));
        }
        ushort[] ports = [22, 80, 102, 443, 502, 3389, 20000, 44818];
        var block = server.Ip & 0xFFFF0000;
        for (uint host = 0; host <= 0xFFFF; host++)
        {
            var target = new HostAddress(block | host, attackerMac, server.Vlan, 64, IsExternal: false);
            foreach (var port in ports)
            {
                t += 2 * Microsecond;
                yield return (t, factory.Tcp(scanner, target, (ushort)host, 40001, port, host, 0, TcpFlags.Syn, 1024, [], []));
            }
        }
    }

    /// <summary>
    /// <paramref name="count"/> UDP datagrams to the server cut into 8-byte IP fragments whose offsets overlap
    /// (each fragment starts one unit before the last one ended), every tenth datagram missing its last fragment;
    /// then a Modbus/TCP session to the server whose segments overlap and rewrite bytes already sent.
    /// </summary>
    private static IEnumerable<(long, byte[])> Fragments(FrameFactory factory, HostAddress server, MacAddress attackerMac, long start, int count)
    {
        var source = new HostAddress((server.Ip & 0xFFFFFF00) | 0xFD, attackerMac, server.Vlan, 64, IsExternal: false);
        var t = start;
        var payload = new byte[64];
        for (var i = 0; i < count; i++)
        {
            var datagram = factory.Udp(source, server, (ushort)i, 47808, 47808, payload);
            const int ipStart = 18, headerEnd = 18 + 20;
            var transport = datagram.AsSpan(headerEnd, 8 + payload.Length).ToArray();
            // Piece k carries 16 bytes from 8-byte unit k, so it overlaps the next piece by 8 bytes; the last piece
            // (unit 8) ends the datagram, and every tenth datagram never gets it.
            var pieces = i % 10 == 9 ? 8 : 9;
            for (var k = 0; k < pieces; k++)
            {
                var from = k * 8;
                var more = k < 8;
                var data = transport.AsSpan(from, Math.Min(16, transport.Length - from));
                var frame = new byte[Math.Max(60, headerEnd + data.Length)];
                datagram.AsSpan(0, headerEnd).CopyTo(frame);
                data.CopyTo(frame.AsSpan(headerEnd));
                var ip = frame.AsSpan(ipStart, 20);
                BinaryPrimitives.WriteUInt16BigEndian(ip[2..], (ushort)(20 + data.Length));
                BinaryPrimitives.WriteUInt16BigEndian(ip[6..], (ushort)((more ? 0x2000 : 0) | (from / 8)));
                ip[10] = 0;
                ip[11] = 0;
                BinaryPrimitives.WriteUInt16BigEndian(ip[10..], InternetChecksum.Compute(ip));
                t += 2 * Microsecond;
                yield return (t, frame);
            }
        }
        foreach (var packet in OverlappingModbus(factory, source, server, t + 1_000 * Microsecond, count))
        {
            yield return packet;
        }
    }

    /// <summary>A Modbus/TCP session whose request segments overlap: each re-sends half of the previous one with other bytes.</summary>
    private static IEnumerable<(long, byte[])> OverlappingModbus(FrameFactory factory, HostAddress client, HostAddress server, long t, int segments)
    {
        const ushort clientPort = 40100;
        uint seq = 1000, serverSeq = 5000;
        yield return (t, factory.Tcp(client, server, 1, clientPort, 502, seq - 1, 0, TcpFlags.Syn, 8192, [], []));
        yield return (t + 10 * Microsecond, factory.Tcp(server, client, 1, 502, clientPort, serverSeq - 1, seq, TcpFlags.Syn | TcpFlags.Ack, 8192, [], []));
        yield return (t + 20 * Microsecond, factory.Tcp(client, server, 2, clientPort, 502, seq, serverSeq, TcpFlags.Ack, 8192, [], []));
        // A read holding registers request (MBAP 7 bytes + FC 3, address, quantity): 12 bytes.
        byte[] request = [0, 1, 0, 0, 0, 6, 1, 3, 0, 0, 0, 10];
        for (var i = 0; i < segments; i++)
        {
            t += 20 * Microsecond;
            request[1] = (byte)i;
            request[9] = (byte)(i * 7);
            yield return (t, factory.Tcp(client, server, (ushort)(i + 3), clientPort, 502, seq, serverSeq, TcpFlags.Ack | TcpFlags.Psh, 8192, [], request));
            seq += 6; // the next segment starts in the middle of this one
        }
    }

    /// <summary>
    /// A Modbus/TCP session that jumps 1.5 GB ahead in sequence space and then delivers <paramref name="count"/>
    /// segments in reverse order, so every one of them arrives before the bytes that precede it.
    /// </summary>
    private static IEnumerable<(long, byte[])> TcpGap(FrameFactory factory, HostAddress server, MacAddress attackerMac, long start, int count)
    {
        var client = new HostAddress((server.Ip & 0xFFFFFF00) | 0xFC, attackerMac, server.Vlan, 64, IsExternal: false);
        const ushort clientPort = 40200;
        uint seq = 1000, serverSeq = 9000;
        var t = start;
        yield return (t, factory.Tcp(client, server, 1, clientPort, 502, seq - 1, 0, TcpFlags.Syn, 8192, [], []));
        yield return (t + 10 * Microsecond, factory.Tcp(server, client, 1, 502, clientPort, serverSeq - 1, seq, TcpFlags.Syn | TcpFlags.Ack, 8192, [], []));
        yield return (t + 20 * Microsecond, factory.Tcp(client, server, 2, clientPort, 502, seq, serverSeq, TcpFlags.Ack, 8192, [], []));
        byte[] request = [0, 1, 0, 0, 0, 6, 1, 3, 0, 0, 0, 10];
        var far = seq + 1_500_000_000u;
        for (var i = count - 1; i >= 0; i--)
        {
            t += 20 * Microsecond;
            request[1] = (byte)i;
            yield return (t, factory.Tcp(client, server, (ushort)i, clientPort, 502, far + (uint)(i * request.Length), serverSeq,
                TcpFlags.Ack | TcpFlags.Psh, 8192, [], request));
        }
    }

    /// <summary>Copies the base with 64 KiB of random bytes over its middle (any format: the damage is to the file's blocks).</summary>
    private static int Corrupt(string basePath, string outPath)
    {
        var bytes = File.ReadAllBytes(basePath);
        var middle = bytes.Length / 2;
        new Random(23).NextBytes(bytes.AsSpan(middle, Math.Min(65536, bytes.Length - middle)));
        File.WriteAllBytes(outPath, bytes);
        Console.WriteLine($"{outPath}: {bytes.Length:N0} bytes, 64 KiB overwritten at offset {middle:N0}");
        return 0;
    }

    /// <summary>Writes the base's frames and the attack's in time order; returns how many were written.</summary>
    private static long Merge(string basePath, string outPath, IEnumerable<(long TimeNs, byte[] Frame)> attack)
    {
        using var reader = CaptureFileReader.Open(basePath);
        using var writer = PcapWriter.Create(outPath, LinkType.Ethernet, nanoseconds: true);
        using var next = attack.GetEnumerator();
        var pending = next.MoveNext();
        long written = 0;
        while (reader.TryRead(out var frame))
        {
            for (; pending && next.Current.TimeNs <= frame.TimestampNs; pending = next.MoveNext(), written++)
            {
                writer.Write(next.Current.TimeNs, next.Current.Frame);
            }
            writer.Write(frame.TimestampNs, frame.Data, frame.OriginalLength);
            written++;
        }
        for (; pending; pending = next.MoveNext(), written++)
        {
            writer.Write(next.Current.TimeNs, next.Current.Frame);
        }
        return written;
    }
}
