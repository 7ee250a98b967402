using System.Buffers.Binary;
using Vigil.Capture.Decoding;
using Vigil.Capture.Files;
using Vigil.Fuzz.Targets;
using Vigil.Protocols;

namespace Vigil.Fuzz.Seeds;

/// <summary>
/// Writes per-target seed files from capture files, read with Vigil's own reader and decoder:
/// conversations' first payloads for the parsers (grouped by what <see cref="FlowDissector"/>
/// chose) and the whole-flow targets, frames for the decoder, file heads for the readers. A
/// target that the captures do not reach gets a small built-in seed, so AFL can always start.
/// Same captures in, same seed files out.
/// </summary>
internal static class SeedExtractor
{
    private const int MaxSeedsPerTarget = 16;
    private const int MaxFramesPerFile = 200_000;
    private const int MaxConversationsPerFile = 4096;
    private const int DecodeSeedsPerFile = 4;
    private const int FileHeadBytes = 4096;

    /// <summary>Writes seeds under <paramref name="outDir"/>/&lt;target&gt;/ and returns the number of seeds per target.</summary>
    public static SortedDictionary<string, int> Extract(string outDir, IReadOnlyList<string> captureFiles)
    {
        // target -> (source file -> seeds), so the cap can take seeds round-robin across files
        var found = new Dictionary<string, SortedDictionary<string, List<byte[]>>>(StringComparer.Ordinal);
        foreach (var file in captureFiles)
        {
            var source = Path.GetFileNameWithoutExtension(file);
            ReadCapture(file, (target, seed) => Add(found, target, source, seed));
        }
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var target in FuzzTargets.All)
        {
            var dir = Path.Combine(outDir, target.Name);
            Directory.CreateDirectory(dir);
            var seeds = found.TryGetValue(target.Name, out var bySource) ? RoundRobin(bySource) : [];
            if (seeds.Count == 0)
            {
                seeds.Add(("builtin", BuiltinSeed(target.Name)));
            }
            for (var i = 0; i < seeds.Count; i++)
            {
                File.WriteAllBytes(Path.Combine(dir, $"{i:D2}-{seeds[i].Source}"), seeds[i].Seed);
            }
            counts[target.Name] = seeds.Count;
        }
        return counts;
    }

    private static void Add(Dictionary<string, SortedDictionary<string, List<byte[]>>> found, string target, string source, byte[] seed)
    {
        if (!found.TryGetValue(target, out var bySource))
        {
            found[target] = bySource = new SortedDictionary<string, List<byte[]>>(StringComparer.Ordinal);
        }
        if (!bySource.TryGetValue(source, out var seeds))
        {
            bySource[source] = seeds = [];
        }
        if (seeds.Count < MaxSeedsPerTarget)
        {
            seeds.Add(seed);
        }
    }

    private static List<(string Source, byte[] Seed)> RoundRobin(SortedDictionary<string, List<byte[]>> bySource)
    {
        var picked = new List<(string, byte[])>();
        for (var round = 0; picked.Count < MaxSeedsPerTarget && bySource.Values.Any(s => s.Count > round); round++)
        {
            foreach (var (source, seeds) in bySource)
            {
                if (round < seeds.Count && picked.Count < MaxSeedsPerTarget)
                {
                    picked.Add((source, seeds[round]));
                }
            }
        }
        return picked;
    }

    private static void ReadCapture(string file, Action<string, byte[]> emit)
    {
        var head = ReadHead(file);
        CaptureFileReader reader;
        try
        {
            reader = CaptureFileReader.Open(file);
        }
        catch (CaptureFormatException)
        {
            return;
        }
        using (reader)
        {
            emit(reader.Format.StartsWith("pcapng", StringComparison.Ordinal) ? "pcapng" : "pcap", head);
            var conversations = new Dictionary<(TransportProtocol, NetAddress, ushort, NetAddress, ushort), Conversation>();
            var order = new List<Conversation>();
            for (var frames = 0; frames < MaxFramesPerFile && reader.TryRead(out var frame); frames++)
            {
                if (frames < DecodeSeedsPerFile)
                {
                    emit("decode", DecodeInput(frame));
                }
                if (PacketDecoder.Decode(frame, out var packet) != DecodeStatus.Ok
                    || packet.Protocol is not (TransportProtocol.Tcp or TransportProtocol.Udp) || packet.IsLaterFragment)
                {
                    continue;
                }
                var key = KeyOf(packet);
                if (!conversations.TryGetValue(key, out var conversation))
                {
                    if (conversations.Count >= MaxConversationsPerFile)
                    {
                        continue;
                    }
                    conversation = Start(packet);
                    conversations[key] = conversation;
                    order.Add(conversation);
                }
                var direction = packet.Src == conversation.OrigAddress && packet.SrcPort == conversation.OrigPort
                    ? Direction.FromOriginator
                    : Direction.FromResponder;
                conversation.Add(direction, packet.Payload, packet.TimestampNs);
            }
            foreach (var conversation in order.Where(c => c.HasPayload))
            {
                emit(ProtocolTargets.FlowTargetOf(conversation.Transport), conversation.FlowInput());
                if (conversation.Dissector.Parser is { } parser && ProtocolTargets.NameOf(conversation.Transport, parser) is { } target)
                {
                    emit(target, conversation.ParserInput());
                }
            }
        }
    }

    private static byte[] ReadHead(string file)
    {
        using var stream = File.OpenRead(file);
        var head = new byte[Math.Min(stream.Length, FileHeadBytes)];
        stream.ReadExactly(head);
        return head;
    }

    private static (TransportProtocol, NetAddress, ushort, NetAddress, ushort) KeyOf(in DecodedPacket packet)
    {
        var srcFirst = packet.Src.CompareTo(packet.Dst) < 0 || (packet.Src == packet.Dst && packet.SrcPort <= packet.DstPort);
        return srcFirst
            ? (packet.Protocol, packet.Src, packet.SrcPort, packet.Dst, packet.DstPort)
            : (packet.Protocol, packet.Dst, packet.DstPort, packet.Src, packet.SrcPort);
    }

    // A SYN names the originator; otherwise (the capture started mid-flow, or UDP) the server is
    // taken to be the end on the lower port, as registered ports are.
    private static Conversation Start(in DecodedPacket packet)
    {
        var synOnly = packet.Protocol == TransportProtocol.Tcp && (packet.TcpFlags & (TcpFlags.Syn | TcpFlags.Ack)) == TcpFlags.Syn;
        return synOnly || packet.DstPort <= packet.SrcPort
            ? new Conversation(packet.Protocol, packet.Src, packet.SrcPort, packet.DstPort)
            : new Conversation(packet.Protocol, packet.Dst, packet.DstPort, packet.SrcPort);
    }

    private static byte[] DecodeInput(in RawFrame frame)
    {
        var index = CaptureTargets.LinkTypes.ToList().IndexOf(frame.LinkType);
        var cut = Math.Clamp(frame.OriginalLength - frame.Data.Length, 0, ushort.MaxValue);
        var input = new byte[CaptureTargets.DecodeHeaderLength + frame.Data.Length];
        input[0] = (byte)Math.Max(index, 0);
        BinaryPrimitives.WriteUInt16BigEndian(input.AsSpan(1), (ushort)cut);
        frame.Data.CopyTo(input.AsSpan(CaptureTargets.DecodeHeaderLength));
        return input;
    }

    private static byte[] BuiltinSeed(string target) => target switch
    {
        "decode" => [0, 0, 0, .. BuiltinSeeds.EthernetTcpFrame],
        "pcap" => BuiltinSeeds.PcapFile(),
        "pcapng" => BuiltinSeeds.PcapngFile(),
        "flow-tcp" or "flow-udp" => [0xC0, 0x00, 0x01, 0xF6, .. BuiltinSeeds.TwoChunks],
        _ => BuiltinSeeds.TwoChunks,
    };
}
