using Vigil.Protocols.It.Tls;

namespace Vigil.Protocols.Tests.It.Tls;

public sealed class TlsClientHelloTests
{
    [Fact]
    public void Browser_hello_gives_the_published_ja3_and_ja4_with_grease_removed()
    {
        var facts = ItFeed.Whole(new TlsParser(), Direction.FromOriginator, BrowserClientHello.Builder().Record());

        var tls = facts.Tls!;
        Assert.True(tls.ClientHelloSeen);
        Assert.Equal("tls.browserleaks.com", tls.Sni);
        Assert.Equal(0x0304, tls.ClientVersion);
        Assert.Equal(["h2", "http/1.1"], tls.Alpn);
        Assert.Equal(BrowserClientHello.Ja3Hash, tls.Ja3);
        Assert.Equal(BrowserClientHello.Ja4, tls.Ja4);
        Assert.Equal(1, facts.Operations["tls/client_hello"]);
        Assert.Empty(facts.Anomalies);
    }

    [Fact]
    public void Ja3_text_is_the_decimal_lists_without_grease()
    {
        Assert.True(TlsHelloReader.TryReadClientHello(BrowserClientHello.Builder().Body(), out var hello));
        Assert.Equal(BrowserClientHello.Ja3Text, Ja3.Text(hello!));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(100)]
    public void Hello_split_across_feeds_is_reassembled(int pieceSize)
    {
        var facts = ItFeed.InPieces(new TlsParser(), Direction.FromOriginator, BrowserClientHello.Builder().Record(), pieceSize);

        Assert.Equal("tls.browserleaks.com", facts.Tls!.Sni);
        Assert.Equal(BrowserClientHello.Ja4, facts.Tls.Ja4);
    }

    [Fact]
    public void Hello_without_sni_leaves_sni_null_and_marks_ja4_i()
    {
        var facts = ItFeed.InPieces(new TlsParser(), Direction.FromOriginator, BrowserClientHello.Builder(sni: null).Record(), 7);

        Assert.True(facts.Tls!.ClientHelloSeen);
        Assert.Null(facts.Tls.Sni);
        // 15 ciphers, 15 extensions (SNI gone), ALPN h2; b and c do not depend on SNI.
        Assert.Equal("t13i1515h2_8daaf6152771_d8a2da3f94cd", facts.Tls.Ja4);
    }

    [Fact]
    public void Handshake_message_spanning_two_records_is_reassembled()
    {
        var message = TlsBytes.Handshake(1, BrowserClientHello.Builder().Body());
        var split = message.Length / 2;
        byte[] bytes = [.. TlsBytes.Record(22, message[..split]), .. TlsBytes.Record(22, message[split..])];

        var facts = ItFeed.InPieces(new TlsParser(), Direction.FromOriginator, bytes, 11);

        Assert.Equal(BrowserClientHello.Ja3Hash, facts.Tls!.Ja3);
    }

    [Fact]
    public void Legacy_hello_without_extensions_uses_legacy_version()
    {
        var builder = new ClientHelloBuilder { LegacyVersion = 0x0301, Ciphers = [0x002F, 0x0035] };

        var facts = ItFeed.Whole(new TlsParser(), Direction.FromOriginator, builder.Record());

        Assert.Equal(0x0301, facts.Tls!.ClientVersion);
        Assert.Null(facts.Tls.Sni);
        Assert.StartsWith("t10i020000_", facts.Tls.Ja4, StringComparison.Ordinal);
        Assert.EndsWith("_000000000000", facts.Tls.Ja4, StringComparison.Ordinal);
    }

    [Fact]
    public void Alpn_with_non_alphanumeric_edges_uses_hex_digits()
    {
        var builder = new ClientHelloBuilder { Alpn = ["h2/"], ExtensionOrder = [0x0010] };
        Assert.True(TlsHelloReader.TryReadClientHello(builder.Body(), out var hello));

        // "h2/" = 68 32 2f: first hex digit '6', last 'f'.
        Assert.Equal("t12i03016f", Ja4.Compute(hello!)[..10]);
    }

    [Fact]
    public void Truncated_hello_is_an_anomaly_not_an_exception()
    {
        var body = BrowserClientHello.Builder().Body();
        var cut = body[..60];
        var facts = ItFeed.Whole(new TlsParser(), Direction.FromOriginator, TlsBytes.Record(22, TlsBytes.Handshake(1, cut)));

        Assert.False(facts.Tls!.ClientHelloSeen);
        Assert.Contains(facts.Anomalies, a => a.Kind == "malformed_client_hello");
    }

    [Fact]
    public void Non_tls_bytes_stop_the_direction_with_an_anomaly()
    {
        var parser = new TlsParser();
        var facts = ItFeed.Whole(parser, Direction.FromOriginator, "GET / HTTP/1.1\r\n\r\n"u8.ToArray());
        ItFeed.Whole(parser, Direction.FromOriginator, BrowserClientHello.Builder().Record(), facts);

        Assert.Equal("invalid_record", Assert.Single(facts.Anomalies).Kind);
        Assert.Null(facts.Tls);
    }

    [Fact]
    public void Application_data_is_skipped_without_buffering()
    {
        var parser = new TlsParser();
        var facts = new FlowFacts();
        byte[] header = [23, 3, 3, 0x40, 0x00]; // application_data, 16384 bytes
        parser.Feed(Direction.FromOriginator, header, ItFeed.Ts, facts);
        for (var i = 0; i < 16; i++)
        {
            parser.Feed(Direction.FromOriginator, new byte[1024], ItFeed.Ts, facts); // arbitrary ciphertext
        }
        ItFeed.Whole(parser, Direction.FromOriginator, TlsBytes.Record(21, [2, 40]), facts); // then an alert record

        Assert.Empty(facts.Anomalies);
    }
}
