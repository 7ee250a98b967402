using Vigil.Protocols.It.Http;

namespace Vigil.Protocols.Tests.It.Http;

public sealed class HttpParserTests
{
    private static readonly byte[] Post =
        "POST /api/login HTTP/1.1\r\nHost: hmi.plant.local:8080\r\nUser-Agent: curl/8.5.0\r\nContent-Length: 11\r\n\r\nuser=admin!"u8.ToArray();

    private static readonly byte[] Get = "GET /status HTTP/1.1\r\nhost: other\r\n\r\n"u8.ToArray();

    [Theory]
    [InlineData(1)]
    [InlineData(13)]
    [InlineData(4096)]
    public void Split_headers_and_pipelined_requests_are_read(int pieceSize)
    {
        var facts = ItFeed.InPieces(new HttpParser(), Direction.FromOriginator, [.. Post, .. Get], pieceSize);

        var http = facts.Http!;
        Assert.Equal("POST", http.Method);
        Assert.Equal("/api/login", http.Uri);
        Assert.Equal("hmi.plant.local:8080", http.Host);
        Assert.Equal("curl/8.5.0", http.UserAgent);
        Assert.Equal(1, facts.Operations["http/POST"]);
        Assert.Equal(1, facts.Operations["http/GET"]);
        Assert.Empty(facts.Anomalies);
    }

    [Fact]
    public void Response_status_is_kept()
    {
        var facts = ItFeed.InPieces(new HttpParser(), Direction.FromResponder, "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n"u8.ToArray(), 4);

        Assert.Equal(401, facts.Http!.StatusCode);
    }

    [Fact]
    public void Endless_header_is_capped_with_an_anomaly()
    {
        var parser = new HttpParser();
        var facts = ItFeed.Whole(parser, Direction.FromOriginator, "GET / HTTP/1.1\r\nX-Junk: "u8.ToArray());
        for (var i = 0; i < 20; i++)
        {
            ItFeed.Whole(parser, Direction.FromOriginator, Enumerable.Repeat((byte)'a', 1000).ToArray(), facts);
        }

        Assert.Equal("header_too_large", Assert.Single(facts.Anomalies).Kind);
    }

    [Fact]
    public void Probe_knows_methods_and_status_lines()
    {
        Assert.True(HttpProbe.Matches(Direction.FromOriginator, Get));
        Assert.True(HttpProbe.Matches(Direction.FromResponder, "HTTP/1.0 200 OK\r\n"u8));
        Assert.False(HttpProbe.Matches(Direction.FromOriginator, "GETX / HTTP/1.1"u8));
        Assert.False(HttpProbe.Matches(Direction.FromOriginator, "GET"u8));
    }

    [Fact]
    public void Garbage_request_line_is_an_anomaly()
    {
        var facts = ItFeed.Whole(new HttpParser(), Direction.FromOriginator, "\u0001\u0002 junk\r\n\r\n"u8.ToArray());

        Assert.Equal("invalid_request_line", Assert.Single(facts.Anomalies).Kind);
    }
}
