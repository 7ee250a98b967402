namespace Vigil.Protocols.Facts;

/// <summary>DNS questions and address answers seen on a flow (bounded lists).</summary>
public sealed class DnsFacts
{
    public const int MaxEntries = 32;
    public List<string> Queries { get; } = [];
    /// <summary>Name → address pairs from A/AAAA answers (and PTR, reversed), for naming devices.</summary>
    public List<KeyValuePair<string, string>> Answers { get; } = [];
    /// <summary>Responses with rcode NXDOMAIN.</summary>
    public int NameErrors { get; set; }
}
