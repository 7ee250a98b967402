using Vigil.Capture.Decoding;

namespace Vigil.Simulator.Protocols;

/// <summary>
/// DHCP (RFC 2131/2132) messages of a client joining the network: DISCOVER, OFFER, REQUEST, ACK, all
/// broadcast (the client has no address yet and asks for broadcast replies).
/// </summary>
public static class DhcpEncoder
{
    /// <summary>DHCPDISCOVER (client → server).</summary>
    public const byte Discover = 1;

    /// <summary>DHCPOFFER (server → client).</summary>
    public const byte Offer = 2;

    /// <summary>DHCPREQUEST (client → server).</summary>
    public const byte Request = 3;

    /// <summary>DHCPACK (server → client).</summary>
    public const byte Ack = 5;

    /// <summary>One DHCP message; server-side fields are used for OFFER and ACK, hostname for client messages.</summary>
    public static byte[] Message(byte type, uint transactionId, MacAddress client, uint offeredIp, uint serverIp, uint router, string hostName)
    {
        var fromServer = type is Offer or Ack;
        var mac = new byte[6];
        client.Write(mac);
        var writer = new ByteWriter(300).U8(fromServer ? 2 : 1).U8(1).U8(6).U8(0).U32(transactionId)
            .U16(0).U16(0x8000) // seconds, broadcast flag
            .U32(0).U32(fromServer ? offeredIp : 0).U32(fromServer ? serverIp : 0).U32(0)
            .Bytes(mac).Fill(10).Fill(64).Fill(128)
            .U32(0x63825363)    // magic cookie
            .U8(53).U8(1).U8(type);
        if (fromServer)
        {
            writer.U8(54).U8(4).U32(serverIp).U8(51).U8(4).U32(86_400).U8(1).U8(4).U32(0xFFFFFF00)
                .U8(3).U8(4).U32(router).U8(6).U8(4).U32(serverIp);
        }
        else
        {
            writer.U8(61).U8(7).U8(1).Bytes(mac);
            if (type == Request)
            {
                writer.U8(50).U8(4).U32(offeredIp).U8(54).U8(4).U32(serverIp);
            }
            writer.U8(12).U8(hostName.Length).Ascii(hostName).U8(55).U8(4).U8(1).U8(3).U8(6).U8(15);
        }
        return writer.U8(255).ToArray();
    }
}
