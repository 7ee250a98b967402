using Vigil.Contracts.Flows;
using Vigil.Detection.Devices;

namespace Vigil.Detection.Tests.Devices;

public sealed class ConnectionSummaryTests
{
    [Fact]
    public void Names_the_busiest_operations_with_their_counts_and_how_many_more_there_were()
    {
        var app = new ApplicationSummary
        {
            Operations = new Dictionary<string, int> { ["modbus/3"] = 40, ["modbus/16"] = 2, ["modbus/6"] = 2, ["modbus/43"] = 1, ["modbus/17"] = 1 },
        };

        Assert.Equal("modbus/3 x40, modbus/16 x2, modbus/6 x2 and 2 more", ConnectionSummary.Of(app));
    }

    [Fact]
    public void Adds_the_facts_an_analyst_looks_for_and_leaves_out_names()
    {
        var app = new ApplicationSummary
        {
            Operations = new Dictionary<string, int> { ["rdp/connection_request"] = 1 },
            Tls = new TlsSummary { ClientHello = true, Sni = null, SelfSigned = true, CertificateSubject = "CN=attacker" },
            RdpCookie = "admin",
            Anomalies = ["rdp/bad_pdu", "tls/bad_record"],
            DnsQueries = ["plc.example.com"],
            HttpHost = "updates.example.com",
        };

        Assert.Equal("rdp/connection_request x1; tls no-sni self-signed; rdp user=admin; anomaly rdp/bad_pdu and 1 more", ConnectionSummary.Of(app));
    }

    [Fact]
    public void Says_nothing_when_the_parsers_saw_nothing_notable()
    {
        Assert.Null(ConnectionSummary.Of(null));
        Assert.Null(ConnectionSummary.Of(new ApplicationSummary { Tls = new TlsSummary { ClientHello = true, Sni = "intranet.corp" }, DnsQueries = ["intranet.corp"] }));
    }

    [Fact]
    public void A_long_summary_is_cut_to_its_maximum_length()
    {
        var app = new ApplicationSummary { RdpCookie = new string('a', 200) };

        var summary = ConnectionSummary.Of(app)!;

        Assert.Equal(ConnectionSummary.MaxLength, summary.Length);
        Assert.EndsWith("aaa...", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        // "rdp user=" is 9 characters; pairs from there put a high surrogate just before the cut.
        var app = new ApplicationSummary { RdpCookie = string.Concat(Enumerable.Repeat("\U0001F600", 60)) };

        var summary = ConnectionSummary.Of(app)!;

        Assert.False(char.IsHighSurrogate(summary[^4]));
        Assert.EndsWith("...", summary, StringComparison.Ordinal);
    }
}
