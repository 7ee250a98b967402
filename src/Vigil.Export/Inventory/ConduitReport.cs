using System.Globalization;
using Vigil.Contracts.Directory;
using Vigil.Contracts.Time;

namespace Vigil.Export.Inventory;

/// <summary>
/// Maps observed cross-zone traffic onto an IEC 62443 zone-and-conduit view: the directory's
/// subnet-to-subnet conduits are grouped by (from zone, to zone); traffic inside one zone is not a
/// conduit and is left out. Each conduit is judged against the IEC 62443-3-3 system requirements that
/// govern conduits — segmentation and boundary protection always, and more by what crossed: remote
/// administration, control protocols, person-to-person services, untrusted (external) networks.
/// </summary>
public static class ConduitReport
{
    public const string Segmentation = "SR 5.1 Network segmentation";
    public const string BoundaryProtection = "SR 5.2 Zone boundary protection";
    public const string PersonToPerson = "SR 5.3 General purpose person-to-person communication restrictions";
    public const string UntrustedNetworks = "SR 1.13 Access via untrusted networks";
    public const string UserAuthentication = "SR 1.1 Human user identification and authentication";
    public const string RemoteSessionTermination = "SR 2.6 Remote session termination";
    public const string CommunicationIntegrity = "SR 3.1 Communication integrity";
    public const string LeastFunctionality = "SR 7.7 Least functionality";

    private static readonly HashSet<string> RemoteAdmin = new(StringComparer.Ordinal)
    {
        "tcp/22", "tcp/23", "tcp/3389", "udp/3389", "tcp/5900", "tcp/5901", "tcp/5985", "tcp/5986", "tcp/5938",
    };

    /// <summary>Control-system protocols (Modbus, S7/MMS over ISO-TSAP, DNP3, EtherNet/IP, IEC 104, BACnet, OPC UA, …): clear text, rarely authenticated.</summary>
    private static readonly HashSet<string> Control = new(StringComparer.Ordinal)
    {
        "tcp/502", "tcp/102", "tcp/20000", "udp/20000", "tcp/44818", "udp/44818", "udp/2222", "tcp/2404", "udp/47808", "tcp/4840",
        "tcp/34962", "tcp/34963", "tcp/34964", "tcp/1911", "tcp/9600", "udp/9600", "tcp/18245", "tcp/789",
    };

    private static readonly HashSet<string> PersonToPersonServices = new(StringComparer.Ordinal)
    {
        "tcp/25", "tcp/465", "tcp/587", "tcp/110", "tcp/995", "tcp/143", "tcp/993", "tcp/5222", "tcp/6667", "tcp/1863",
    };

    /// <summary>The zone conduits, those with new traffic first, then busiest first.</summary>
    public static IReadOnlyList<ZoneConduit> Build(IEnumerable<Conduit> conduits)
    {
        var result = new List<ZoneConduit>();
        var crossZone = conduits.Where(c => c.FromZone is not null && c.ToZone is not null && !string.Equals(c.FromZone, c.ToZone, StringComparison.Ordinal));
        foreach (var group in crossZone.GroupBy(c => (From: c.FromZone!, To: c.ToZone!)))
        {
            var members = group.ToArray();
            var services = members.Select(c => c.Service).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var baseline = members.Where(c => c.InBaseline).Select(c => c.Service).ToHashSet(StringComparer.Ordinal);
            var fresh = services.Where(s => !baseline.Contains(s)).ToArray();
            var status = fresh.Length == 0 ? "baseline" : fresh.Length == services.Length ? "new" : "changed";
            var conduit = new ZoneConduit
            {
                FromZone = group.Key.From,
                ToZone = group.Key.To,
                FromRole = members.Select(c => c.FromRole).FirstOrDefault(r => r is not null),
                ToRole = members.Select(c => c.ToRole).FirstOrDefault(r => r is not null),
                FromSubnets = [.. members.Select(c => c.FromSubnet).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                ToSubnets = [.. members.Select(c => c.ToSubnet).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                Services = services,
                NewServices = fresh,
                Devices = [.. members.SelectMany(c => c.Pairs).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                Flows = members.Sum(c => c.Flows),
                Failed = members.Sum(c => c.Failed),
                FirstNs = members.Min(c => c.FirstNs),
                LastNs = members.Max(c => c.LastNs),
                Status = status,
            };
            var (requirements, findings) = Assess(conduit);
            result.Add(conduit with { Requirements = requirements, Findings = findings });
        }
        return [.. result.OrderBy(c => c.Status == "baseline" ? 1 : 0).ThenByDescending(c => c.Flows)
            .ThenBy(c => c.FromZone, StringComparer.Ordinal).ThenBy(c => c.ToZone, StringComparer.Ordinal)];
    }

    /// <summary>The requirements that govern <paramref name="conduit"/> and what its traffic suggests checking.</summary>
    public static (IReadOnlyList<string> Requirements, IReadOnlyList<string> Findings) Assess(ZoneConduit conduit)
    {
        var requirements = new List<string> { Segmentation, BoundaryProtection };
        var findings = new List<string>();
        var intoIcs = conduit.ToRole == "ics";
        var admin = conduit.Services.Where(RemoteAdmin.Contains).ToArray();
        var control = conduit.Services.Where(Control.Contains).ToArray();
        var p2p = conduit.Services.Where(PersonToPersonServices.Contains).ToArray();
        if (conduit.FromRole == "external" || conduit.ToRole == "external")
        {
            requirements.Add(UntrustedNetworks);
            findings.Add($"Traffic crosses between the estate and an untrusted network ({conduit.FromZone} → {conduit.ToZone}): it must pass a boundary device that denies by default.");
        }
        if (admin.Length > 0)
        {
            requirements.Add(UserAuthentication);
            requirements.Add(RemoteSessionTermination);
            findings.Add($"Remote administration ({string.Join(", ", admin)}) crosses the zone boundary: it should go through a managed jump host with authenticated, time-limited sessions.");
        }
        if (control.Length > 0)
        {
            requirements.Add(CommunicationIntegrity);
            if (conduit.FromRole is "it" or "external" && intoIcs)
            {
                findings.Add($"Control protocols ({string.Join(", ", control)}) go straight from {conduit.FromZone} into {conduit.ToZone}: the zone model expects them to end in a DMZ, not to cross from IT to ICS.");
            }
            else
            {
                findings.Add($"Control protocols ({string.Join(", ", control)}) cross the boundary in clear text: confirm each pair is an authorised control path.");
            }
        }
        if (p2p.Length > 0 && (intoIcs || conduit.FromRole == "ics"))
        {
            requirements.Add(PersonToPerson);
            findings.Add($"Person-to-person services ({string.Join(", ", p2p)}) reach an ICS zone: IEC 62443-3-3 asks that they be blocked at its boundary.");
        }
        if (conduit.NewServices.Count > 0)
        {
            requirements.Add(LeastFunctionality);
            findings.Add(conduit.Status == "new"
                ? "Not seen while learning: a new conduit; confirm it is in the documented zone and conduit model, or block it."
                : $"New on a known conduit: {string.Join(", ", conduit.NewServices)}; confirm the conduit's documented services allow it.");
        }
        if (conduit.Flows >= 10 && conduit.Failed * 2 > conduit.Flows)
        {
            findings.Add(string.Create(CultureInfo.InvariantCulture, $"{conduit.Failed} of {conduit.Flows} flows failed: attempts were refused or unanswered — blocked probing, or a scan."));
        }
        return (requirements, findings);
    }

    public static readonly IReadOnlyList<string> Columns =
    [
        "from_zone", "to_zone", "from_role", "to_role", "from_subnets", "to_subnets", "services", "new_services", "devices",
        "flows", "failed", "first_seen", "last_seen", "status", "requirements", "findings",
    ];

    /// <summary>conduits.csv: one zone conduit a row.</summary>
    public static void WriteCsv(TextWriter writer, IEnumerable<ZoneConduit> conduits)
    {
        CsvText.Line(writer, Columns);
        foreach (var c in conduits)
        {
            CsvText.Line(writer,
            [
                c.FromZone, c.ToZone, c.FromRole, c.ToRole, string.Join(' ', c.FromSubnets), string.Join(' ', c.ToSubnets),
                string.Join(' ', c.Services), string.Join(' ', c.NewServices), string.Join(' ', c.Devices),
                c.Flows.ToString(CultureInfo.InvariantCulture), c.Failed.ToString(CultureInfo.InvariantCulture),
                c.FirstNs <= 0 || c.FirstNs == long.MaxValue ? null : CaptureTime.ToIso(c.FirstNs), c.LastNs <= 0 ? null : CaptureTime.ToIso(c.LastNs),
                c.Status, string.Join("; ", c.Requirements), string.Join(" ", c.Findings),
            ]);
        }
    }

    /// <summary>Writes conduits.csv to <paramref name="path"/> (UTF-8, no BOM).</summary>
    public static void WriteCsv(string path, IEnumerable<ZoneConduit> conduits)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        WriteCsv(writer, conduits);
    }
}
