using System.Globalization;
using System.Text;

namespace Vigil.Protocols.It.Http;

/// <summary>
/// Pure readers of an HTTP/1.x message head (RFC 9112 §3, §4, §6):
/// <code>
/// request-line = method SP request-target SP "HTTP/1." DIGIT CRLF
/// status-line  = "HTTP/1." DIGIT SP 3DIGIT SP [ reason ] CRLF
/// field-line   = name ":" OWS value OWS CRLF … CRLF
/// </code>
/// </summary>
public static class HttpHeadReader
{
    public const int MaxMethodLength = 16;
    private const int MaxTargetLength = 512;
    private const int MaxValueLength = 256;

    /// <summary>Reads a request head (without the final empty line); false when the request line is not HTTP/1.x.</summary>
    public static bool TryReadRequest(ReadOnlySpan<byte> head, out HttpRequestHead? request)
    {
        request = null;
        var lineEnd = head.IndexOf("\r\n"u8);
        var line = lineEnd < 0 ? head : head[..lineEnd];
        var firstSpace = line.IndexOf((byte)' ');
        var lastSpace = line.LastIndexOf((byte)' ');
        if (firstSpace <= 0 || firstSpace > MaxMethodLength || lastSpace <= firstSpace
            || !IsToken(line[..firstSpace]) || !line[(lastSpace + 1)..].StartsWith("HTTP/1."u8))
        {
            return false;
        }
        string? host = null, userAgent = null;
        long contentLength = 0;
        var fields = lineEnd < 0 ? [] : head[(lineEnd + 2)..];
        // Each pass consumes one line, so the loop ends.
        while (!fields.IsEmpty)
        {
            var end = fields.IndexOf("\r\n"u8);
            var field = end < 0 ? fields : fields[..end];
            fields = end < 0 ? [] : fields[(end + 2)..];
            var colon = field.IndexOf((byte)':');
            if (colon <= 0)
            {
                continue;
            }
            var name = field[..colon];
            var value = field[(colon + 1)..].Trim((byte)' ').Trim((byte)'\t');
            if (Ascii.EqualsIgnoreCase(name, "host"u8))
            {
                host ??= Text(value, MaxValueLength);
            }
            else if (Ascii.EqualsIgnoreCase(name, "user-agent"u8))
            {
                userAgent ??= Text(value, MaxValueLength);
            }
            else if (Ascii.EqualsIgnoreCase(name, "content-length"u8))
            {
                contentLength = long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
            }
            else if (Ascii.EqualsIgnoreCase(name, "transfer-encoding"u8))
            {
                contentLength = -1;
            }
        }
        request = new HttpRequestHead(Text(line[..firstSpace], MaxMethodLength), Text(line[(firstSpace + 1)..lastSpace], MaxTargetLength), host, userAgent, contentLength);
        return true;
    }

    /// <summary>Reads the status code of a status line; false when it is not "HTTP/1.x NNN".</summary>
    public static bool TryReadStatus(ReadOnlySpan<byte> line, out int statusCode)
    {
        statusCode = 0;
        if (line.Length < 12 || !line.StartsWith("HTTP/1."u8) || line[8] != ' ' || (line.Length > 12 && line[12] != ' '))
        {
            return false;
        }
        return int.TryParse(line.Slice(9, 3), NumberStyles.None, CultureInfo.InvariantCulture, out statusCode) && statusCode is >= 100 and <= 999;
    }

    /// <summary>RFC 9110 token characters: visible ASCII except delimiters; methods are tokens.</summary>
    public static bool IsToken(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if (b <= 0x20 || b >= 0x7F || "\"(),/:;<=>?@[\\]{}"u8.Contains(b))
            {
                return false;
            }
        }
        return !text.IsEmpty;
    }

    private static string Text(ReadOnlySpan<byte> bytes, int max) => Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, max)]);
}
