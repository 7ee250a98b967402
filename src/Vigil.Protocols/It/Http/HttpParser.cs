using Vigil.Protocols.Facts;

namespace Vigil.Protocols.It.Http;

/// <summary>
/// HTTP/1.x over one TCP flow. Requests: each head is buffered (up to <see cref="MaxHeadLength"/>)
/// until its empty line, counted as "http/&lt;method&gt;", and its body skipped by Content-Length;
/// a chunked body ends parsing of the direction (we do not need what follows). Responses: the
/// first status code is kept, the rest is not parsed. The first request names Host, User-Agent,
/// method and target in <see cref="HttpFacts"/>.
/// </summary>
public sealed class HttpParser : IStreamParser
{
    public const int MaxHeadLength = 8 * 1024;
    private const string Protocol = "http";
    private readonly FlowBuffer[] _pending = [new(MaxHeadLength), new(MaxHeadLength)];
    private readonly bool[] _done = new bool[2];
    private long _requestBodyLeft;

    public void Feed(Direction direction, ReadOnlySpan<byte> data, long timestampNs, FlowFacts facts)
    {
        var side = (int)direction;
        if (_done[side])
        {
            return;
        }
        if (direction == Direction.FromOriginator && _requestBodyLeft > 0)
        {
            var skipped = (int)Math.Min(_requestBodyLeft, data.Length);
            _requestBodyLeft -= skipped;
            data = data[skipped..];
            if (data.IsEmpty)
            {
                return;
            }
        }
        var input = _pending[side].Prepend(data);
        var consumed = direction == Direction.FromOriginator ? ReadRequests(input, timestampNs, facts) : ReadStatus(input, timestampNs, facts);
        if (!_done[side] && !_pending[side].Retain(input[consumed..]))
        {
            Stop(side, "header_too_large", timestampNs, facts);
        }
    }

    public void OnGap(Direction direction)
    {
        _pending[(int)direction].Clear();
        _done[(int)direction] = true;
    }

    private int ReadRequests(ReadOnlySpan<byte> input, long timestampNs, FlowFacts facts)
    {
        var position = 0;
        while (!_done[0] && position < input.Length)
        {
            var rest = input[position..];
            var end = rest.IndexOf("\r\n\r\n"u8);
            if (end < 0)
            {
                break;
            }
            if (!HttpHeadReader.TryReadRequest(rest[..end], out var request) || request is null)
            {
                Stop(0, "invalid_request_line", timestampNs, facts);
                return input.Length;
            }
            OnRequest(request, facts);
            position += end + 4;
            if (request.ContentLength < 0)
            {
                _done[0] = true; // chunked or unframed body: stop rather than misread it as requests
                _pending[0].Clear();
                return input.Length;
            }
            var inBuffer = Math.Min(request.ContentLength, input.Length - position);
            position += (int)inBuffer;
            _requestBodyLeft = request.ContentLength - inBuffer;
        }
        return position;
    }

    private int ReadStatus(ReadOnlySpan<byte> input, long timestampNs, FlowFacts facts)
    {
        var end = input.IndexOf("\r\n"u8);
        if (end < 0)
        {
            return 0;
        }
        if (HttpHeadReader.TryReadStatus(input[..end], out var status))
        {
            var http = facts.Http ??= new HttpFacts();
            http.StatusCode ??= status;
        }
        else
        {
            facts.AddAnomaly(Protocol, "invalid_status_line", timestampNs);
        }
        _done[1] = true;
        _pending[1].Clear();
        return input.Length;
    }

    private static void OnRequest(HttpRequestHead request, FlowFacts facts)
    {
        facts.AddOperation("http/" + request.Method);
        var http = facts.Http ??= new HttpFacts();
        if (http.Method is null)
        {
            http.Method = request.Method;
            http.Uri = request.Target;
            http.Host = request.Host;
            http.UserAgent = request.UserAgent;
        }
    }

    private void Stop(int side, string kind, long timestampNs, FlowFacts facts)
    {
        facts.AddAnomaly(Protocol, kind, timestampNs);
        _pending[side].Clear();
        _done[side] = true;
    }
}
