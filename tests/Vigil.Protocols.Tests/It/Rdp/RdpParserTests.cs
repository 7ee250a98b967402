using Vigil.Protocols.It.Rdp;
using Vigil.Protocols.Tests.It.Tls;

namespace Vigil.Protocols.Tests.It.Rdp;

public sealed class RdpParserTests
{
    /// <summary>An mstsc Connection Request: TPKT, X.224 CR, mstshash cookie, RDP_NEG_REQ asking for TLS|CredSSP.</summary>
    private static byte[] ConnectionRequest(string cookie)
    {
        byte[] variable =
        [
            .. System.Text.Encoding.ASCII.GetBytes($"Cookie: mstshash={cookie}\r\n"),
            0x01, 0x00, 0x08, 0x00,             // RDP_NEG_REQ, flags 0, length 8 (LE)
            0x03, 0x00, 0x00, 0x00,             // requestedProtocols = PROTOCOL_SSL | PROTOCOL_HYBRID
        ];
        byte[] x224 = [(byte)(6 + variable.Length), 0xE0, 0x00, 0x00, 0x00, 0x00, 0x00, .. variable]; // LI, CR, dst-ref, src-ref, class 0
        return [0x03, 0x00, (byte)((4 + x224.Length) >> 8), (byte)(4 + x224.Length), .. x224];          // TPKT v3, length
    }

    /// <summary>Connection Confirm selecting PROTOCOL_SSL (1).</summary>
    private static readonly byte[] ConnectionConfirm =
    [
        0x03, 0x00, 0x00, 0x13,                 // TPKT v3, length 19
        0x0E, 0xD0, 0x00, 0x00, 0x12, 0x34, 0x00, // LI 14, CC, dst-ref, src-ref, class 0
        0x02, 0x00, 0x08, 0x00,                 // RDP_NEG_RSP, flags, length 8
        0x01, 0x00, 0x00, 0x00,                 // selectedProtocol = PROTOCOL_SSL
    ];

    [Fact]
    public void Cookie_and_negotiation_are_read_then_tls_follows()
    {
        var parser = new RdpParser();
        var facts = ItFeed.InPieces(parser, Direction.FromOriginator, ConnectionRequest("administrator"), 5);
        ItFeed.Whole(parser, Direction.FromResponder, ConnectionConfirm, facts);
        ItFeed.InPieces(parser, Direction.FromOriginator, BrowserClientHello.Builder(sni: null).Record(), 64, facts);

        Assert.Equal("administrator", facts.Rdp!.Cookie);
        Assert.Equal(3u, facts.Rdp.RequestedProtocols);
        Assert.Equal(1u, facts.Rdp.SelectedProtocol);
        Assert.True(facts.Tls!.ClientHelloSeen);
        Assert.Null(facts.Tls.Sni);
        Assert.Equal(1, facts.Operations["rdp/connection_request"]);
        Assert.Equal(1, facts.Operations["tls/client_hello"]);
        Assert.Empty(facts.Anomalies);
    }

    [Fact]
    public void Request_and_tls_in_one_segment_are_both_read()
    {
        byte[] bytes = [.. ConnectionRequest("bob"), .. BrowserClientHello.Builder().Record()];

        var facts = ItFeed.Whole(new RdpParser(), Direction.FromOriginator, bytes);

        Assert.Equal("bob", facts.Rdp!.Cookie);
        Assert.Equal("tls.browserleaks.com", facts.Tls!.Sni);
    }

    [Fact]
    public void Probe_accepts_rdp_but_not_s7_connection_requests()
    {
        // S7comm COTP CR: TPKT, LI 17, CR, refs, class, then TSAP parameters C1/C2/C0.
        byte[] s7 = [0x03, 0x00, 0x00, 0x16, 0x11, 0xE0, 0x00, 0x00, 0x00, 0x01, 0x00, 0xC1, 0x02, 0x01, 0x00, 0xC2, 0x02, 0x01, 0x02, 0xC0, 0x01, 0x0A];

        Assert.True(RdpProbe.Matches(Direction.FromOriginator, ConnectionRequest("x")));
        Assert.True(RdpProbe.Matches(Direction.FromResponder, ConnectionConfirm));
        Assert.False(RdpProbe.Matches(Direction.FromOriginator, s7));
    }

    [Fact]
    public void Cookie_without_line_end_is_an_anomaly()
    {
        byte[] variable = [.. "Cookie: mstshash=eve"u8.ToArray()];
        byte[] x224 = [(byte)(6 + variable.Length), 0xE0, 0, 0, 0, 0, 0, .. variable];
        byte[] packet = [0x03, 0x00, 0x00, (byte)(4 + x224.Length), .. x224];

        var facts = ItFeed.Whole(new RdpParser(), Direction.FromOriginator, packet);

        Assert.Null(facts.Rdp!.Cookie);
        Assert.Contains(facts.Anomalies, a => a.Kind == "malformed_cookie");
    }

    [Fact]
    public void Lying_li_does_not_read_past_the_packet()
    {
        byte[] packet = [0x03, 0x00, 0x00, 0x0B, 0xFE, 0xE0, 0, 0, 0, 0, 0]; // LI 254 in an 11-byte packet

        var facts = ItFeed.Whole(new RdpParser(), Direction.FromOriginator, packet);

        Assert.Contains(facts.Anomalies, a => a.Kind == "unexpected_tpdu");
    }
}
