using Vigil.Capture.Decoding;
using Vigil.Capture.Files;
using Vigil.Host.Network;
using Vigil.Protocols;

namespace Vigil.Host.Analysis;

/// <summary>
/// The estate of a capture none of whose addresses is private (a lab or plant on public blocks): without this,
/// such a file models no device at all. A quick pass over the file stops at the first private address (nothing
/// to infer: the default estate applies); otherwise it counts IPv4 /16 blocks and picks those holding an ICS
/// server (an address answering from a well-known ICS port), else the busiest block. `--internal` overrides.
/// </summary>
public static class EstateInference
{
    /// <summary>Blocks inferred at most.</summary>
    public const int MaxBlocks = 3;

    /// <summary>Packets looked at before deciding: the estate shows itself in the first moments of a capture.</summary>
    private const int MaxPackets = 1_000_000;

    /// <summary>Distinct /16 blocks counted; a capture of the internet needs no longer list.</summary>
    private const int MaxCounted = 256;

    private static readonly HashSet<ushort> IcsPorts = [.. IcsProtocols.All.SelectMany(p => p.Ports)];

    /// <summary>The inferred blocks, and why; empty when the file has private addresses or no IPv4 at all.</summary>
    public static (IReadOnlyList<Cidr> Blocks, string Reason) Infer(string path)
    {
        var blocks = new Dictionary<Cidr, (long Packets, bool IcsServer)>();
        using (var reader = CaptureFileReader.Open(path))
        {
            for (var read = 0; read < MaxPackets && reader.TryRead(out var frame); read++)
            {
                if (PacketDecoder.Decode(frame, out var packet) != DecodeStatus.Ok || !packet.Src.IsIPv4)
                {
                    continue;
                }
                if (packet.Src.IsPrivate || packet.Dst.IsPrivate)
                {
                    return ([], "");
                }
                // An answer from an ICS port marks its sender as the plant's server (and its block as the plant's).
                var answersIcs = IcsPorts.Contains(packet.SrcPort) && packet.Protocol is TransportProtocol.Tcp or TransportProtocol.Udp
                    && (packet.Protocol == TransportProtocol.Udp || (packet.TcpFlags & TcpFlags.Syn) == 0 || (packet.TcpFlags & TcpFlags.Ack) != 0);
                Count(blocks, packet.Src, answersIcs);
                Count(blocks, packet.Dst, false);
            }
        }
        var servers = blocks.Where(b => b.Value.IcsServer).ToList();
        var chosen = (servers.Count > 0 ? servers : blocks.ToList())
            .OrderByDescending(b => b.Value.Packets).ThenBy(b => b.Key.ToString(), StringComparer.Ordinal)
            .Take(servers.Count > 0 ? MaxBlocks : 1)
            .Select(b => b.Key)
            .ToArray();
        var reason = servers.Count > 0 ? "the blocks of its ICS servers" : "its busiest block";
        return (chosen, reason);
    }

    private static void Count(Dictionary<Cidr, (long Packets, bool IcsServer)> blocks, NetAddress address, bool icsServer)
    {
        if (address.IsUnspecified || address.IsMulticastOrBroadcast)
        {
            return;
        }
        var block = Cidr.Of(address, 16);
        if (blocks.TryGetValue(block, out var seen))
        {
            blocks[block] = (seen.Packets + 1, seen.IcsServer || icsServer);
        }
        else if (blocks.Count < MaxCounted)
        {
            blocks[block] = (1, icsServer);
        }
    }
}
