namespace Vigil.Protocols.It.Http;

/// <summary>The request line and the headers of one HTTP/1.x request that Vigil keeps.</summary>
/// <param name="ContentLength">The body length; -1 when the body is chunked or its length unknown.</param>
public sealed record HttpRequestHead(string Method, string Target, string? Host, string? UserAgent, long ContentLength);
