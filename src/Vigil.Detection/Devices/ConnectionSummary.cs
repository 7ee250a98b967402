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
        if (app is null)
        {
            return null;
        }
        var text = new StringBuilder();
        AppendOperations(text, app.Operations);
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
            Begin(text, "anomaly ").Append(app.Anomalies[0]).Append(app.Anomalies.Count > 1 ? $" and {app.Anomalies.Count - 1} more" : "");
        }
        if (text.Length == 0)
        {
            return null;
        }
        if (text.Length > MaxLength)
        {
            // Cut before a surrogate pair rather than through it, so the line stays valid text.
            var cut = char.IsLowSurrogate(text[MaxLength - 3]) ? MaxLength - 4 : MaxLength - 3;
            text.Length = cut;
            text.Append("...");
        }
        return text.ToString();
    }

    private static void AppendOperations(StringBuilder text, IReadOnlyDictionary<string, int> operations)
    {
        // Most flows carry one or two operations: ordering them is cheap, and the busiest come first.
        var shown = 0;
        foreach (var (name, count) in operations.OrderByDescending(o => o.Value).ThenBy(o => o.Key, StringComparer.Ordinal))
        {
            if (shown == MaxOperations)
            {
                text.Append(" and ").Append(operations.Count - MaxOperations).Append(" more");
                return;
            }
            text.Append(shown++ == 0 ? "" : ", ").Append(name).Append(" x").Append(count);
        }
    }

    private static StringBuilder Begin(StringBuilder text, string label) => text.Append(text.Length == 0 ? "" : "; ").Append(label);
}
