namespace Vigil.Protocols.Facts;

/// <summary>HTTP/1.x request facts (the first requests of a flow).</summary>
public sealed class HttpFacts
{
    public string? Host { get; set; }
    public string? UserAgent { get; set; }
    public string? Method { get; set; }
    public string? Uri { get; set; }
    public int? StatusCode { get; set; }
}
