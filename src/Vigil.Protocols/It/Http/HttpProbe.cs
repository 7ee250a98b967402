namespace Vigil.Protocols.It.Http;

/// <summary>
/// Recognises HTTP/1.x: from the client, a known method, a space and a request target
/// ('/', '*', or an absolute URI); from the server, "HTTP/1.".
/// </summary>
public static class HttpProbe
{
    private static readonly byte[][] Methods =
    [
        "GET "u8.ToArray(), "POST "u8.ToArray(), "HEAD "u8.ToArray(), "PUT "u8.ToArray(), "DELETE "u8.ToArray(),
        "OPTIONS "u8.ToArray(), "PATCH "u8.ToArray(), "CONNECT "u8.ToArray(), "TRACE "u8.ToArray(),
    ];

    public static bool Matches(Direction direction, ReadOnlySpan<byte> firstBytes)
    {
        if (direction == Direction.FromResponder)
        {
            return firstBytes.StartsWith("HTTP/1."u8);
        }
        foreach (var method in Methods)
        {
            if (firstBytes.Length > method.Length && firstBytes.StartsWith(method))
            {
                var target = firstBytes[method.Length];
                return target is (byte)'/' or (byte)'*' || method[0] == 'C' || firstBytes[method.Length..].StartsWith("http"u8);
            }
        }
        return false;
    }
}
