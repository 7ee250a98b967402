using Vigil.Contracts.Directory;
using Vigil.Export.Inventory;

namespace Vigil.Export.Tests.Inventory;

/// <summary>Subnet conduits become zone conduits, judged against IEC 62443-3-3 requirements; baseline and new told apart.</summary>
public sealed class ConduitReportTests
{
    private const long Learnt = 1_713_740_000_000_000_000;
    private const long After = 1_713_751_262_500_000_000;

    private static Conduit Subnet(string from, string to, string service, string fromZone, string toZone, string fromRole, string toRole, long first, bool baseline, long flows = 5, long failed = 0, params string[] pairs) => new()
    {
        FromSubnet = from, ToSubnet = to, Service = service, FromZone = fromZone, ToZone = toZone, FromRole = fromRole, ToRole = toRole,
        FirstNs = first, LastNs = first + 1_000_000_000, Flows = flows, Failed = failed, InBaseline = baseline, Pairs = pairs,
    };

    [Fact]
    public void Cross_zone_conduits_are_grouped_by_zone_pair_and_intra_zone_traffic_is_left_out()
    {
        var report = ConduitReport.Build(
        [
            Subnet("10.10.0.0/24", "10.20.0.0/24", "tcp/502", "Office", "Plant", "it", "ics", After, false, 20, 20, "10.10.0.66>10.20.0.5"),
            Subnet("10.10.0.0/24", "10.20.0.0/24", "tcp/102", "Office", "Plant", "it", "ics", After + 5, false, 10, 10, "10.10.0.66>10.20.0.3"),
            Subnet("10.10.0.0/24", "10.10.1.0/24", "tcp/445", "Office", "Office", "it", "it", Learnt, true),
            Subnet("10.30.0.0/24", "10.20.0.0/24", "tcp/102", "Scada", "Plant", "ics", "ics", Learnt, true, 100, 0, "10.30.0.2>10.20.0.3"),
        ]);

        Assert.Equal(2, report.Count);
        var attack = report[0];
        Assert.Equal(("Office", "Plant", "new"), (attack.FromZone, attack.ToZone, attack.Status));
        Assert.Equal(["tcp/102", "tcp/502"], attack.Services);
        Assert.Equal(["10.10.0.66>10.20.0.3", "10.10.0.66>10.20.0.5"], attack.Devices);
        Assert.Equal((30L, 30L, After, After + 5 + 1_000_000_000L), (attack.Flows, attack.Failed, attack.FirstNs, attack.LastNs));
        Assert.Contains(ConduitReport.Segmentation, attack.Requirements);
        Assert.Contains(ConduitReport.BoundaryProtection, attack.Requirements);
        Assert.Contains(ConduitReport.CommunicationIntegrity, attack.Requirements);
        Assert.Contains(ConduitReport.LeastFunctionality, attack.Requirements);
        Assert.Contains(attack.Findings, f => f.Contains("end in a DMZ", StringComparison.Ordinal));
        Assert.Contains(attack.Findings, f => f.Contains("30 of 30 flows failed", StringComparison.Ordinal));

        var known = report[1];
        Assert.Equal(("Scada", "Plant", "baseline"), (known.FromZone, known.ToZone, known.Status));
        Assert.DoesNotContain(ConduitReport.LeastFunctionality, known.Requirements);
    }

    [Fact]
    public void A_new_service_on_a_known_conduit_is_a_change_and_remote_admin_and_external_traffic_bring_their_requirements()
    {
        var report = ConduitReport.Build(
        [
            Subnet("10.10.0.0/24", "10.20.0.0/24", "tcp/443", "it", "ics", "it", "ics", Learnt, true),
            Subnet("10.10.0.0/24", "10.20.0.0/24", "tcp/3389", "it", "ics", "it", "ics", After, false),
            Subnet("10.20.0.0/24", "203.0.113.0/24", "tcp/25", "ics", "external", "ics", "external", After, false),
        ]);

        var changed = report.Single(c => c.ToZone == "ics");
        Assert.Equal("changed", changed.Status);
        Assert.Equal(["tcp/3389"], changed.NewServices);
        Assert.Contains(ConduitReport.UserAuthentication, changed.Requirements);
        Assert.Contains(ConduitReport.RemoteSessionTermination, changed.Requirements);

        var outbound = report.Single(c => c.ToZone == "external");
        Assert.Contains(ConduitReport.UntrustedNetworks, outbound.Requirements);
        Assert.Contains(ConduitReport.PersonToPerson, outbound.Requirements);
    }

    [Fact]
    public void The_csv_has_one_row_per_zone_conduit_with_its_requirements()
    {
        var report = ConduitReport.Build([Subnet("10.10.0.0/24", "10.20.0.0/24", "tcp/502", "Office", "Plant", "it", "ics", After, false, 3, 0, "10.10.0.66>10.20.0.5")]);
        var writer = new StringWriter();
        ConduitReport.WriteCsv(writer, report);
        var lines = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal(string.Join(',', ConduitReport.Columns), lines[0]);
        Assert.StartsWith("Office,Plant,it,ics,10.10.0.0/24,10.20.0.0/24,tcp/502,tcp/502,10.10.0.66>10.20.0.5,3,0,2024-04-22T02:01:02.500000Z,2024-04-22T02:01:03.500000Z,new,", lines[1]);
        Assert.Contains("SR 5.1 Network segmentation; SR 5.2 Zone boundary protection; SR 3.1 Communication integrity; SR 7.7 Least functionality", lines[1]);
    }
}
