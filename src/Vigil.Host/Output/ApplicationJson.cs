using System.Text.Json;
using Vigil.Contracts.Flows;

namespace Vigil.Host.Output;

/// <summary>Writes a flow's application facts as flows.jsonl members; absent facts are left out.</summary>
public static class ApplicationJson
{
    public static void Write(Utf8JsonWriter json, ApplicationSummary app)
    {
        if (app.Operations.Count > 0)
        {
            json.WriteStartObject("operations");
            foreach (var (key, count) in app.Operations)
            {
                json.WriteNumber(key, count);
            }
            json.WriteEndObject();
        }
        if (app.Anomalies.Count > 0)
        {
            json.WriteStringArray("anomalies", app.Anomalies);
        }
        if (app.Tls is { } tls)
        {
            json.WriteStartObject("tls");
            json.WriteBoolean("client_hello", tls.ClientHello);
            WriteOptional(json, "sni", tls.Sni);
            WriteOptional(json, "ja3", tls.Ja3);
            WriteOptional(json, "ja4", tls.Ja4);
            WriteOptional(json, "subject", tls.CertificateSubject);
            WriteOptional(json, "issuer", tls.CertificateIssuer);
            if (tls.SelfSigned is { } selfSigned)
            {
                json.WriteBoolean("self_signed", selfSigned);
            }
            json.WriteEndObject();
        }
        if (app.RdpCookie is { } cookie)
        {
            json.WriteStartObject("rdp");
            json.WriteString("cookie", cookie);
            json.WriteEndObject();
        }
        if (app.DnsQueries.Count > 0 || app.DnsAnswers.Count > 0)
        {
            json.WriteStartObject("dns");
            json.WriteStringArray("queries", app.DnsQueries);
            json.WriteStringArray("answers", app.DnsAnswers.Select(a => $"{a.Key}={a.Value}"));
            json.WriteEndObject();
        }
        if (app.DhcpHostName is not null || app.DhcpVendorClass is not null)
        {
            json.WriteStartObject("dhcp");
            WriteOptional(json, "hostname", app.DhcpHostName);
            WriteOptional(json, "vendor_class", app.DhcpVendorClass);
            json.WriteEndObject();
        }
        if (app.HttpHost is not null || app.HttpUserAgent is not null)
        {
            json.WriteStartObject("http");
            WriteOptional(json, "host", app.HttpHost);
            WriteOptional(json, "user_agent", app.HttpUserAgent);
            json.WriteEndObject();
        }
        if (app.ResponderIdentity is { } identity)
        {
            json.WriteStartObject("identity");
            json.WriteString("source", identity.Source);
            WriteOptional(json, "vendor", identity.Vendor);
            WriteOptional(json, "product", identity.Product);
            WriteOptional(json, "version", identity.Version);
            WriteOptional(json, "serial", identity.Serial);
            json.WriteEndObject();
        }
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
