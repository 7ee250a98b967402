using Vigil.Protocols.It.Dhcp;

namespace Vigil.Protocols.Tests.It.Dhcp;

public sealed class DhcpParserTests
{
    /// <summary>A DHCPREQUEST from 00:1b:1b:12:34:56 asking for 10.1.2.50, with host name and vendor class.</summary>
    private static byte[] Request()
    {
        var message = new byte[DhcpMessageReader.OptionsOffset];
        message[0] = 1;                                  // op BOOTREQUEST
        message[1] = 1;                                  // htype Ethernet
        message[2] = 6;                                  // hlen
        message[4] = 0xAB;                               // xid (part)
        byte[] mac = [0x00, 0x1B, 0x1B, 0x12, 0x34, 0x56];
        mac.CopyTo(message, 28);                         // chaddr
        byte[] cookie = [99, 130, 83, 99];
        cookie.CopyTo(message, DhcpMessageReader.CookieOffset);
        byte[] options =
        [
            53, 1, 3,                                    // message type REQUEST
            0,                                           // pad
            50, 4, 10, 1, 2, 50,                         // requested address
            12, 5, .. "HMI-7"u8.ToArray(),               // host name
            60, 8, .. "MSFT 5.0"u8.ToArray(),            // vendor class
            255,                                         // end
        ];
        return [.. message, .. options];
    }

    [Fact]
    public void Request_options_become_facts()
    {
        var facts = ItFeed.Whole(new DhcpParser(), Direction.FromOriginator, Request());

        var dhcp = facts.Dhcp!;
        Assert.Equal(3, dhcp.MessageType);
        Assert.Equal("HMI-7", dhcp.HostName);
        Assert.Equal("MSFT 5.0", dhcp.VendorClass);
        Assert.Equal("10.1.2.50", dhcp.Address);
        Assert.Equal("00:1b:1b:12:34:56", dhcp.ClientMac);
        Assert.Equal(1, facts.Operations["dhcp/3"]);
    }

    [Fact]
    public void Ack_yiaddr_is_the_address()
    {
        var ack = Request();
        ack[0] = 2;                                      // BOOTREPLY
        byte[] yiaddr = [10, 1, 2, 77];
        yiaddr.CopyTo(ack, 16);
        ack[DhcpMessageReader.OptionsOffset + 2] = 5;    // message type ACK

        var facts = ItFeed.Whole(new DhcpParser(), Direction.FromResponder, ack);

        Assert.Equal("10.1.2.77", facts.Dhcp!.Address);
        Assert.Equal(5, facts.Dhcp.MessageType);
    }

    [Fact]
    public void Option_running_past_the_end_is_an_anomaly()
    {
        byte[] message = [.. Request()[..DhcpMessageReader.OptionsOffset], 12, 40, (byte)'x'];

        var facts = ItFeed.Whole(new DhcpParser(), Direction.FromOriginator, message);

        Assert.Contains(facts.Anomalies, a => a.Kind == "truncated_option");
    }

    [Fact]
    public void Datagram_without_cookie_is_not_dhcp()
    {
        var message = Request();
        message[DhcpMessageReader.CookieOffset] = 0;

        Assert.False(DhcpMessageReader.LooksLikeDhcp(message));
        Assert.Contains(ItFeed.Whole(new DhcpParser(), Direction.FromOriginator, message).Anomalies, a => a.Kind == "invalid_header");
    }
}
