using Vigil.Protocols.It.Dns;

namespace Vigil.Protocols.Tests.It.Dns;

public sealed class DnsParserTests
{
    /// <summary>Query for mail.google.com A (header, then QNAME labels, QTYPE 1, QCLASS 1).</summary>
    private static readonly byte[] Query =
    [
        0x12, 0x34, 0x01, 0x00,                     // ID, flags: RD
        0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 0, NS 0, AR 0
        4, (byte)'m', (byte)'a', (byte)'i', (byte)'l', 6, (byte)'g', (byte)'o', (byte)'o', (byte)'g', (byte)'l', (byte)'e', 3, (byte)'c', (byte)'o', (byte)'m', 0,
        0x00, 0x01, 0x00, 0x01,                     // QTYPE A, QCLASS IN
    ];

    /// <summary>The response: same question, one CNAME-free A answer whose name is a pointer to offset 12.</summary>
    private static readonly byte[] Response =
    [
        0x12, 0x34, 0x81, 0x80,                     // ID, flags: QR RD RA, rcode 0
        0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, // QD 1, AN 2
        .. Query[12..],
        0xC0, 0x0C, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x01, 0x2C, 0x00, 0x04, 74, 125, 239, 54, // A 74.125.239.54
        0xC0, 0x0C, 0x00, 0x1C, 0x00, 0x01, 0x00, 0x00, 0x01, 0x2C, 0x00, 0x10,                   // AAAA 2001:db8::1
        0x20, 0x01, 0x0D, 0xB8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
    ];

    [Fact]
    public void Query_and_answers_over_udp()
    {
        var parser = new DnsParser(overTcp: false);
        var facts = ItFeed.Whole(parser, Direction.FromOriginator, Query);
        ItFeed.Whole(parser, Direction.FromResponder, Response, facts);

        Assert.Equal(["mail.google.com"], facts.Dns!.Queries);
        Assert.Equal(
            [new("mail.google.com", "74.125.239.54"), new("mail.google.com", "2001:db8::1")],
            facts.Dns.Answers);
        Assert.Equal(1, facts.Operations["dns/1"]);
        Assert.Empty(facts.Anomalies);
    }

    [Fact]
    public void Tcp_messages_are_length_prefixed_and_may_split()
    {
        byte[] stream = [0x00, (byte)Query.Length, .. Query, 0x00, (byte)Query.Length, .. Query];

        var facts = ItFeed.InPieces(new DnsParser(overTcp: true), Direction.FromOriginator, stream, 3);

        Assert.Equal(2, facts.Operations["dns/1"]);
    }

    [Fact]
    public void Nxdomain_is_counted()
    {
        byte[] response = [.. Query];
        response[2] = 0x81;
        response[3] = 0x83; // QR RD RA, rcode 3

        var facts = ItFeed.Whole(new DnsParser(overTcp: false), Direction.FromResponder, response);

        Assert.Equal(1, facts.Dns!.NameErrors);
    }

    [Fact]
    public void Ptr_answer_names_the_reversed_address()
    {
        byte[] message =
        [
            0x00, 0x01, 0x84, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, // response, AN 1
            1, (byte)'5', 2, (byte)'1', (byte)'0', 3, (byte)'1', (byte)'6', (byte)'8', 3, (byte)'1', (byte)'9', (byte)'2',
            7, .. "in-addr"u8.ToArray(), 4, .. "arpa"u8.ToArray(), 0,                  // 5.10.168.192.in-addr.arpa
            0x00, 0x0C, 0x00, 0x01, 0x00, 0x00, 0x00, 0x78, 0x00, 0x07,               // PTR, IN, TTL, RDLENGTH 7
            5, .. "hmi01"u8.ToArray(), 0,
        ];

        var facts = ItFeed.Whole(new DnsParser(overTcp: false), Direction.FromResponder, message);

        Assert.Equal([new("hmi01", "192.168.10.5")], facts.Dns!.Answers);
    }

    [Fact]
    public void Compression_pointer_loop_terminates_with_an_anomaly()
    {
        byte[] message =
        [
            0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
            0xC0, 0x0C,                             // QNAME: a pointer to itself (offset 12)
            0x00, 0x01, 0x00, 0x01,
        ];

        var facts = ItFeed.Whole(new DnsParser(overTcp: false), Direction.FromOriginator, message);

        Assert.Equal("name_pointer_loop", Assert.Single(facts.Anomalies).Kind);
    }

    [Fact]
    public void Two_pointers_pointing_at_each_other_terminate()
    {
        // Offset 12: label "a" then pointer to 17; offset 17: pointer back to 12.
        byte[] message = [0, 1, 0x81, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, (byte)'a', 0xC0, 17, 0, 0xC0, 12, 0, 1, 0, 1];
        var offset = 12;

        var status = DnsNameReader.TryRead(message, ref offset, out _);

        Assert.Equal(DnsNameStatus.PointerLoop, status);
    }

    [Fact]
    public void Hostile_counts_on_a_short_message_are_bounded()
    {
        byte[] message = [0, 1, 0x81, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 1, 0, 1];

        var facts = ItFeed.Whole(new DnsParser(overTcp: false), Direction.FromResponder, message);

        Assert.Equal("truncated", Assert.Single(facts.Anomalies).Kind);
    }
}
