using System.Text;
using Vigil.Contracts.Flows;

namespace Vigil.Detection.Devices;

/// <summary>
/// What the application parsers saw on a connection, in the few words an event log line has room for:
/// the most frequent operations with their counts, then the facts an analyst scans for — TLS without
/// SNI, a self-signed certificate, an RDP user, a protocol anomaly. Free-text names (DNS queries, server
/// names, HTTP hosts, certificates) stay with the models: nearly every connection has a different one, so
/// keeping them would make most lines carry a string of their own and the stored log several times larger.
/// The line is capped at <see cref="MaxLength"/> characters.
/// </summary>
public static class ConnectionSummary
{
    public const int MaxOperations = 3;
    public const int MaxLength = 100;

    /// <summary>E.g. "s7comm/job/4 x6, s7comm/job/5 x1; tls no-sni self-signed"; null when there is nothing to say.</summary>
    public static string? Of(ApplicationSummary? app)
    {
        var text = new StringBuilder();
        Write(app, text);
        return text.Length == 0 ? null : text.ToString();
    }

    /// <summary>
    /// Writes the summary into <paramref name="text"/> (cleared first; left empty when there is nothing to say).
    /// Runs for every logged flow, so it sorts nothing and allocates nothing of its own.
    /// </summary>
    public static void Write(ApplicationSummary? app, StringBuilder text)
    {
        text.Clear();
        if (app is null)
        {
            return;
        }
        WriteOperations(app.Operations, text);
        if (app.Tls is { } tls && (tls.ClientHello && tls.Sni is null || tls.SelfSigned == true))
        {
            Begin(text, "tls").Append(tls.ClientHello && tls.Sni is null ? " no-sni" : "").Append(tls.SelfSigned == true ? " self-signed" : "");
        }
        if (app.RdpCookie is { } user)
        {
            Begin(text, "rdp user=").Append(user);
        }
        if (app.Anomalies.Count > 0)
        {
            Begin(text, "anomaly ").Append(app.Anomalies[0]);
            More(text, app.Anomalies.Count - 1);
        }
        if (text.Length > MaxLength)
        {
            // Cut before a surrogate pair rather than through it, so the line stays valid text.
            text.Length = char.IsLowSurrogate(text[MaxLength - 3]) ? MaxLength - 4 : MaxLength - 3;
            text.Append("...");
        }
    }

    /// <summary>The busiest <see cref="MaxOperations"/> (ties by name), picked in one pass rather than by sorting them all.</summary>
    private static void WriteOperations(IReadOnlyDictionary<string, int> operations, StringBuilder text)
    {
        KeyValuePair<string, int> first = default, second = default, third = default;
        foreach (var operation in operations)
        {
            if (Busier(operation, first))
            {
                (first, second, third) = (operation, first, second);
            }
            else if (Busier(operation, second))
            {
                (second, third) = (operation, second);
            }
            else if (Busier(operation, third))
            {
                third = operation;
            }
        }
        foreach (var (name, count) in (ReadOnlySpan<KeyValuePair<string, int>>)[first, second, third])
        {
            if (name is not null)
            {
                text.Append(text.Length == 0 ? "" : ", ").Append(name).Append(" x").Append(count);
            }
        }
        More(text, operations.Count - MaxOperations);
    }

    /// <summary>True when <paramref name="a"/> ranks before <paramref name="b"/>; an empty slot ranks last.</summary>
    private static bool Busier(KeyValuePair<string, int> a, KeyValuePair<string, int> b) =>
        b.Key is null || a.Value > b.Value || a.Value == b.Value && string.CompareOrdinal(a.Key, b.Key) < 0;

    private static StringBuilder Begin(StringBuilder text, string label) => text.Append(text.Length == 0 ? "" : "; ").Append(label);

    private static void More(StringBuilder text, int more)
    {
        if (more > 0)
        {
            text.Append(" and ").Append(more).Append(" more");
        }
    }
}
