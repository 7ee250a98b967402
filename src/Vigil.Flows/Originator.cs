using Vigil.Capture.Decoding;

namespace Vigil.Flows;

/// <summary>
/// Who started a flow, decided on its first packet. The originator is that packet's sender, except:
/// a SYN-ACK answers the receiver's SYN; an ICMP reply answers the receiver's request; and traffic
/// seen without its handshake (TCP midstream, UDP) that goes from a server port to an ephemeral
/// port was started by the receiver (see <see cref="ServerPorts"/>).
/// </summary>
internal static class Originator
{
    /// <summary>Whether the first packet's receiver, not its sender, is the originator.</summary>
    public static bool IsReceiver(ref DecodedPacket packet, ushort srcPort, ushort dstPort, bool icmpReply)
    {
        switch (packet.Protocol)
        {
            case TransportProtocol.Tcp when (packet.TcpFlags & TcpFlags.Syn) != 0:
                return (packet.TcpFlags & TcpFlags.Ack) != 0;
            case TransportProtocol.Tcp or TransportProtocol.Udp:
                return ServerPorts.SenderLooksLikeServer(srcPort, dstPort);
            case TransportProtocol.Icmp or TransportProtocol.Icmpv6:
                return icmpReply;
            default:
                return false;
        }
    }
}
