using Vigil.Simulator.Packets;
using Vigil.Simulator.Protocols;

namespace Vigil.Simulator.Behaviour;

/// <summary>
/// An RDP session: X.224 negotiation with the mstshash cookie, TLS, then interactive traffic. After the
/// negotiation, TLS records are sized to one TCP segment each: Wireshark 4.0 keeps dissecting port 3389
/// as TPKT, and a segment that began mid-record with bytes 03 00 would be taken for a TPKT header.
/// </summary>
public static class RdpSession
{
    /// <summary>Connect, negotiate TLS as <paramref name="userName"/>, complete the TLS handshake (no SNI, as for an IP target).</summary>
    public static IReadOnlyList<SimPacket> Open(TcpConversation tcp, SimRandom random, string userName, IReadOnlyList<byte[]> serverChain)
    {
        var packets = new List<SimPacket>(tcp.Connect());
        packets.AddRange(tcp.Exchange(RdpEncoder.ConnectionRequest(userName), RdpEncoder.ConnectionConfirm((ushort)random.Next(1, 65535)), 2 * SimTime.Millisecond));
        packets.AddRange(TlsSession.Handshake(tcp, random, null, serverChain, 4 * SimTime.Millisecond));
        return packets;
    }

    /// <summary>
    /// Interactive use until <paramref name="until"/>: small input records up, screen updates down, every
    /// second or two; produced lazily so long sessions cost no memory.
    /// </summary>
    public static IEnumerable<SimPacket> Interact(TcpConversation tcp, SimRandom random, long until)
    {
        while (tcp.Now < until)
        {
            var input = TlsEncoder.ApplicationData(random, random.Next(40, 400), TlsEncoder.SegmentSizedFragment);
            var screen = TlsEncoder.ApplicationData(random, random.Next(200, 12000), TlsEncoder.SegmentSizedFragment);
            foreach (var packet in tcp.Exchange(input, screen, 5 * SimTime.Millisecond))
            {
                yield return packet;
            }
            tcp.Wait((long)(random.Exponential(1.5) * SimTime.Second) + 50 * SimTime.Millisecond);
        }
    }
}
