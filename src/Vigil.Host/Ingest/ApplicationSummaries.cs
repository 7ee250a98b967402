using Vigil.Contracts.Flows;
using Vigil.Protocols;

namespace Vigil.Host.Ingest;

/// <summary>Copies a flow's parser facts into the immutable message the grains (and flows.jsonl) read.</summary>
public static class ApplicationSummaries
{
    public static ApplicationSummary? From(FlowFacts? facts)
    {
        if (facts is null || facts.Operations.Count == 0 && facts.AnomalyCount == 0 && facts.Tls is null && facts.Rdp is null
            && facts.Dns is null && facts.Dhcp is null && facts.Http is null && facts.ResponderIdentity is null)
        {
            return null;
        }
        return new ApplicationSummary
        {
            Operations = facts.Operations.Count == 0 ? new Dictionary<string, int>() : new SortedDictionary<string, int>(facts.Operations.ToDictionary(), StringComparer.Ordinal),
            Anomalies = facts.Anomalies.Select(a => $"{a.Protocol}/{a.Kind}").Distinct(StringComparer.Ordinal).ToArray(),
            Tls = facts.Tls is { } tls ? new TlsSummary
            {
                ClientHello = tls.ClientHelloSeen,
                Sni = tls.Sni,
                Ja3 = tls.Ja3,
                Ja4 = tls.Ja4,
                CertificateSubject = tls.CertificateSubject,
                CertificateIssuer = tls.CertificateIssuer,
                SelfSigned = tls.SelfSigned,
            } : null,
            RdpCookie = facts.Rdp?.Cookie,
            DnsQueries = facts.Dns?.Queries.ToArray() ?? [],
            DnsAnswers = facts.Dns?.Answers.ToArray() ?? [],
            DhcpHostName = facts.Dhcp?.HostName,
            DhcpVendorClass = facts.Dhcp?.VendorClass,
            DhcpAddress = facts.Dhcp?.Address,
            HttpHost = facts.Http?.Host,
            HttpUserAgent = facts.Http?.UserAgent,
            ResponderIdentity = facts.ResponderIdentity is { } id
                ? new DeviceIdentityFacts { Source = id.Source, Vendor = id.Vendor, Product = id.Product, Version = id.Version, Serial = id.Serial }
                : null,
        };
    }
}
