using Vigil.Protocols.Facts;

namespace Vigil.Protocols.It.Dhcp;

/// <summary>DHCP over UDP 67/68: one BOOTP message per datagram, read into <see cref="DhcpFacts"/>.</summary>
public sealed class DhcpParser : IStreamParser
{
    public void Feed(Direction direction, ReadOnlySpan<byte> data, long timestampNs, FlowFacts facts) =>
        DhcpMessageReader.Read(data, timestampNs, facts);

    public void OnGap(Direction direction)
    {
        // Datagrams stand alone: nothing is carried between them.
    }
}
