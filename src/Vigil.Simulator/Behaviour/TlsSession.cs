using Vigil.Simulator.Packets;
using Vigil.Simulator.Protocols;

namespace Vigil.Simulator.Behaviour;

/// <summary>TLS 1.2 over an already connected (or about to be connected) TCP conversation.</summary>
public static class TlsSession
{
    /// <summary>Full handshake: ClientHello (SNI when given), server flight with the chain, key exchange, finished.</summary>
    public static IReadOnlyList<SimPacket> Handshake(TcpConversation tcp, SimRandom random, string? serverName, IReadOnlyList<byte[]> chain, long serverDelayNs)
    {
        var packets = new List<SimPacket>(tcp.Exchange(TlsEncoder.ClientHello(random, serverName), TlsEncoder.ServerFlight(random, chain), serverDelayNs));
        tcp.Wait(random.Next(1, 4) * SimTime.Millisecond);
        packets.AddRange(tcp.Exchange(TlsEncoder.ClientFinish(random), TlsEncoder.ServerFinish(random), serverDelayNs / 2));
        return packets;
    }

    /// <summary>One request/response of encrypted application data.</summary>
    public static IReadOnlyList<SimPacket> Exchange(TcpConversation tcp, SimRandom random, int upBytes, int downBytes, long serverDelayNs) =>
        tcp.Exchange(TlsEncoder.ApplicationData(random, upBytes), TlsEncoder.ApplicationData(random, downBytes), serverDelayNs);

    /// <summary>Application data records of about <paramref name="totalBytes"/>, produced lazily for bulk transfers.</summary>
    public static IEnumerable<byte[]> Records(SimRandom random, long totalBytes, int recordBytes = 16384)
    {
        for (var sent = 0L; sent < totalBytes; sent += recordBytes)
        {
            yield return TlsEncoder.ApplicationData(random, (int)Math.Min(recordBytes, totalBytes - sent), recordBytes);
        }
    }
}
